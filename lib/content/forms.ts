import type { EntityType } from "./entities";
import type { FormConfig } from "./form-config";
import { eventForm } from "@/lib/events/form";
import { organisationForm } from "@/lib/organisations/form";
import { pageForm } from "@/lib/pages/form";
import { personForm } from "@/lib/persons/form";
import { projectForm } from "@/lib/projects/form";
import { publicationForm } from "@/lib/publications/form";
import { topicForm } from "@/lib/topics/form";

// The editor form of each content type (client-safe; the adapters are the server side).
export const FORMS: Partial<Record<EntityType, FormConfig>> = {
  publication: publicationForm,
  project: projectForm,
  person: personForm,
  organisation: organisationForm,
  event: eventForm,
  topic: topicForm,
  page: pageForm,
};
