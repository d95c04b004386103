import "server-only";
import { slugify } from "@/lib/format/slug";
import type { Tx } from "@/lib/content/engine/adapter";
import type { LinkValues } from "@/lib/content/forms/form-fields";
import type { PersonRef } from "@/lib/content/forms/person-ref";

// Relation helpers shared by the content adapters.

type LinkOwner = Partial<
  Record<"publicationId" | "projectId" | "personId" | "organisationId" | "eventId" | "pageId", string>
>;

export async function replaceLinks(tx: Tx, owner: LinkOwner, links: LinkValues[]) {
  await tx.link.deleteMany({ where: owner });
  await tx.link.createMany({
    data: links.map((link, position) => ({
      ...owner,
      kind: link.kind,
      label: String(link.label),
      url: String(link.url),
      language: (link.language as string | null) ?? null,
      position,
    })),
  });
}

export async function linksAsValues(tx: Tx, owner: LinkOwner): Promise<LinkValues[]> {
  const links = await tx.link.findMany({ where: owner, orderBy: { position: "asc" } });
  return links.map((l) => ({ kind: l.kind, label: l.label, url: l.url, language: l.language ?? "" }));
}

/** A new (published) person, with a free slug made from the name, as the editors' form does. */
export async function createPerson(tx: Tx, name: { givenName: string | null; familyName: string }): Promise<string> {
  const base = slugify([name.givenName, name.familyName].filter(Boolean).join(" ")) || "person";
  let slug = base;
  for (let n = 2; await tx.person.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  const person = await tx.person.create({
    data: { slug, givenName: name.givenName, familyName: name.familyName, status: "published" },
    select: { id: true },
  });
  return person.id;
}

/** The person ids of an ordered list, creating (published) persons typed in as new. */
export async function resolvePersons(tx: Tx, refs: PersonRef[]): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) ids.push("personId" in ref ? ref.personId : await createPerson(tx, ref.newPerson));
  return ids;
}
