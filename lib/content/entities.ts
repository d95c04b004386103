// The editable content types: names, Norwegian labels, and where they live in the editors'
// area and on the public site. Plain data, shared by server and client code.

export const ENTITY_TYPES = ["publication", "project", "person", "organisation", "event", "topic", "page"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

type EntityInfo = { singular: string; plural: string; newLabel: string; adminSegment: string; publicSegment: string | null };

export const ENTITY: Record<EntityType, EntityInfo> = {
  publication: { singular: "publikasjon", newLabel: "Ny publikasjon", plural: "Publikasjoner", adminSegment: "publikasjoner", publicSegment: "publikasjoner" },
  project: { singular: "prosjekt", newLabel: "Nytt prosjekt", plural: "Prosjekter", adminSegment: "prosjekter", publicSegment: "prosjekter" },
  person: { singular: "person", newLabel: "Ny person", plural: "Personer", adminSegment: "personer", publicSegment: "personer" },
  organisation: {
    singular: "organisasjon",
    newLabel: "Ny organisasjon",
    plural: "Organisasjoner",
    adminSegment: "organisasjoner",
    publicSegment: "organisasjoner",
  },
  event: { singular: "arrangement", newLabel: "Nytt arrangement", plural: "Arrangementer", adminSegment: "arrangementer", publicSegment: "arrangementer" },
  topic: { singular: "emne", newLabel: "Nytt emne", plural: "Emner", adminSegment: "emner", publicSegment: null },
  page: { singular: "tekstside", newLabel: "Ny tekstside", plural: "Tekstsider", adminSegment: "sider", publicSegment: null },
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

export const adminPath = (type: EntityType, id?: string) => `/redaksjon/${ENTITY[type].adminSegment}${id ? `/${id}` : ""}`;
