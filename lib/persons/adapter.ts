import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { fullName } from "@/lib/content/labels";
import { linksAsValues, replaceLinks } from "@/lib/content/engine/relations";
import { personForm } from "./form";
import type { PersonValues } from "./schema";

export const personType = defineContentType(personForm, {
  titleOf: (v) => fullName(v),
  scalars: ({ slug: _slug, links: _l, ...rest }) => rest,

  async writeRelations(tx: Tx, id: string, v: PersonValues) {
    await replaceLinks(tx, { personId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const p = await tx.person.findUnique({ where: { id } });
    if (!p) return null;
    return {
      givenName: blank(p.givenName),
      familyName: p.familyName,
      honorific: blank(p.honorific),
      orcid: blank(p.orcid),
      cristinId: blank(p.cristinId),
      bio: blank(p.bio),
      affiliationId: blank(p.affiliationId),
      links: await linksAsValues(tx, { personId: id }),
      slug: p.slug,
    };
  },
});
