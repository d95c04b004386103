import "server-only";
import { eventAdapter } from "@/lib/events/adapter";
import { organisationAdapter } from "@/lib/organisations/adapter";
import { pageAdapter } from "@/lib/pages/adapter";
import { personAdapter } from "@/lib/persons/adapter";
import { projectAdapter } from "@/lib/projects/adapter";
import { publicationAdapter } from "@/lib/publications/adapter";
import { topicAdapter } from "@/lib/topics/adapter";
import type { Adapter } from "./adapter";
import type { EntityType } from "./entities";

type AnyAdapter = Adapter<{ slug: string | null }>;

// The server side of each content type's form (lib/content/forms.ts is the client side).
// Each adapter is typed by its own values; the registry sees them through the shared shape.
export const ADAPTERS: Partial<Record<EntityType, AnyAdapter>> = {
  publication: publicationAdapter as unknown as AnyAdapter,
  project: projectAdapter as unknown as AnyAdapter,
  person: personAdapter as unknown as AnyAdapter,
  organisation: organisationAdapter as unknown as AnyAdapter,
  event: eventAdapter as unknown as AnyAdapter,
  topic: topicAdapter as unknown as AnyAdapter,
  page: pageAdapter as unknown as AnyAdapter,
};
