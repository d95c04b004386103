import "server-only";
import { eventType } from "@/lib/events/adapter";
import { organisationType } from "@/lib/organisations/adapter";
import { pageType } from "@/lib/pages/adapter";
import { personType } from "@/lib/persons/adapter";
import { projectType } from "@/lib/projects/adapter";
import { publicationType } from "@/lib/publications/adapter";
import { topicType } from "@/lib/topics/adapter";
import type { ContentType } from "@/lib/content/engine/adapter";
import type { EntityType } from "@/lib/content/entities";

// Each content type's one definition, with its server side (lib/content/entities.ts holds the
// client-safe half, for the forms in the browser).
export const ADAPTERS: { [T in EntityType]: ContentType<T> } = {
  publication: publicationType,
  project: projectType,
  person: personType,
  organisation: organisationType,
  event: eventType,
  topic: topicType,
  page: pageType,
};
