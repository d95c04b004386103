import "server-only";
import { publicationAdapter } from "@/lib/publications/adapter";
import type { Adapter } from "./adapter";
import type { EntityType } from "./entities";

// The server side of each content type's form (lib/content/forms.ts is the client side).
export const ADAPTERS: Partial<Record<EntityType, Adapter<{ slug: string | null }>>> = {
  publication: publicationAdapter as unknown as Adapter<{ slug: string | null }>,
};
