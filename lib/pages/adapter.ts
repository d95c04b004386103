import "server-only";
import type { Adapter, Tx } from "@/lib/content/adapter";
import { blank } from "@/lib/content/blank";
import { linksAsValues, replaceLinks } from "@/lib/content/relations";
import { pageSchema, type PageValues } from "./schema";

export const pageAdapter: Adapter<PageValues> = {
  type: "page",
  schema: pageSchema,
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
};
