import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import type { FieldErrors } from "@/lib/content/forms/field-errors";
import { RelationsRefused } from "@/lib/content/engine/refusal";
import { linksAsValues, replaceLinks } from "@/lib/content/engine/relations";
import { organisationForm } from "./form";
import type { OrganisationValues } from "./schema";

/** True when `id` is `parentId` or above it: placing it there would make a loop. */
async function isAncestorOrSelf(tx: Tx, id: string, parentId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let current: string | null = parentId; current && !seen.has(current);) {
    if (current === id) return true;
    seen.add(current);
    current =
      (await tx.organisation.findUnique({ where: { id: current }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

export const organisationType = defineContentType(organisationForm, {
  titleOf: (v) => v.name,
  // Parent and successor are written in writeRelations, where the entry's own id is known.
  scalars: ({ slug: _slug, links: _l, parentId: _p, successorId: _s, ...rest }) => rest,

  async writeRelations(tx: Tx, id: string, v: OrganisationValues) {
    const errors: FieldErrors = {};
    if (v.parentId && (await isAncestorOrSelf(tx, id, v.parentId))) {
      errors.parentId = [
        v.parentId === id
          ? "En organisasjon kan ikke være en del av seg selv."
          : "Dette ville gjort organisasjonen til en del av seg selv, via en annen organisasjon.",
      ];
    }
    if (v.successorId === id) errors.successorId = ["En organisasjon kan ikke være sin egen etterfølger."];
    if (Object.keys(errors).length) throw new RelationsRefused(errors);
    await tx.organisation.update({ where: { id }, data: { parentId: v.parentId, successorId: v.successorId } });
    await replaceLinks(tx, { organisationId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const o = await tx.organisation.findUnique({ where: { id } });
    if (!o) return null;
    return {
      name: o.name,
      shortName: blank(o.shortName),
      formerNames: o.formerNames,
      description: blank(o.description),
      website: blank(o.website),
      address: blank(o.address),
      parentId: blank(o.parentId),
      successorId: blank(o.successorId),
      links: await linksAsValues(tx, { organisationId: id }),
      slug: o.slug,
    };
  },
});
