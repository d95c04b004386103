import type { EntityType } from "./entities";
import type { FormConfig } from "./form-config";
import { publicationForm } from "@/lib/publications/form";

// The editor form of each content type (client-safe; the adapters are the server side).
export const FORMS: Partial<Record<EntityType, FormConfig>> = {
  publication: publicationForm,
};
