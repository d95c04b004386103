import { eventForm } from "@/lib/events/form";
import { organisationForm } from "@/lib/organisations/form";
import { pageForm } from "@/lib/pages/form";
import { personForm } from "@/lib/persons/form";
import { projectForm } from "@/lib/projects/form";
import { publicationForm } from "@/lib/publications/form";
import { topicForm } from "@/lib/topics/form";
import type { ContentForm } from "@/lib/content/forms/form-config";

// The editable content types: names, Norwegian labels, where they live in the editors' area and
// on the public site, and their forms. Plain data, shared by server and client code.

export const ENTITY_TYPES = ["publication", "project", "person", "organisation", "event", "topic", "page"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Each content type's one definition, client-safe half (lib/<type>/form.ts): names, addresses,
 * title column and form. The server half: lib/content/engine/adapters.ts.
 */
export const ENTITY: { [T in EntityType]: ContentForm<T> } = {
  publication: publicationForm,
  project: projectForm,
  person: personForm,
  organisation: organisationForm,
  event: eventForm,
  topic: topicForm,
  page: pageForm,
};

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function entityTypeForAdminSegment(segment: string): EntityType | null {
  return ENTITY_TYPES.find((type) => ENTITY[type].adminSegment === segment) ?? null;
}

/** Text pages are shown only at fixed addresses, by slug: the front page and "Om". */
const PAGE_PATHS: Record<string, string> = { forskning: "/", om: "/om" };

/** The public address of an entry, or null for types and pages without one. */
export function publicPath(type: EntityType, slug: string): string | null {
  if (type === "page") return PAGE_PATHS[slug] ?? null;
  const segment = ENTITY[type].publicSegment;
  return segment ? `/${segment}/${slug}` : null;
}

export const adminPath = (type: EntityType, id?: string) =>
  `/redaksjon/${ENTITY[type].adminSegment}${id ? `/${id}` : ""}`;
