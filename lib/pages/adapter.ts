import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { linksAsValues, replaceLinks } from "@/lib/content/engine/relations";
import { pageForm } from "./form";
import type { PageValues } from "./schema";

export const pageType = defineContentType(pageForm, {
  titleOf: (v) => v.title,
  scalars: ({ slug: _slug, links: _l, ...rest }) => rest,

  async writeRelations(tx: Tx, id: string, v: PageValues) {
    await replaceLinks(tx, { pageId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const p = await tx.page.findUnique({ where: { id } });
    if (!p) return null;
    return {
      title: p.title,
      quote: blank(p.quote),
      quoteAttribution: blank(p.quoteAttribution),
      body: p.body,
      links: await linksAsValues(tx, { pageId: id }),
      slug: p.slug,
    };
  },
});
