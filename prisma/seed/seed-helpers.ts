// What the seed's steps share: looking up the ids of what the data names by slug, and links.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { SeedLink } from "./types";

export type Tx = Prisma.TransactionClient;
export type Ids = Map<string, string>;

export async function upsertAll<T extends { slug: string }>(
  items: T[],
  upsert: (item: T) => Promise<{ id: string }>,
): Promise<Ids> {
  const ids: Ids = new Map();
  for (const item of items) ids.set(item.slug, (await upsert(item)).id);
  return ids;
}

export function idOf(ids: Ids, slug: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data refers to unknown slug "${slug}"`);
  return id;
}

export const optionalId = (ids: Ids, slug?: string) => (slug ? idOf(ids, slug) : null);
export const connectAll = (ids: Ids, slugs: string[] = []) => slugs.map((slug) => ({ id: idOf(ids, slug) }));

export type LinkOwner = Partial<
  Record<"publicationId" | "projectId" | "personId" | "organisationId" | "eventId" | "pageId", string>
>;

export async function replaceLinks(tx: Tx, owner: LinkOwner, links: SeedLink[] = []) {
  await tx.link.deleteMany({ where: owner });
  await tx.link.createMany({
    data: links.map((link, position) => ({ ...owner, ...link, language: link.language ?? null, position })),
  });
}
