import { isPublic } from "@/lib/content/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";

// A person has a public page only with a public work or project: imported persons may be
// published, but a name with nothing to show has no page, no sitemap entry and no API entry.
export const personWithPublicPage = {
  ...isPublic,
  OR: [{ contributions: { some: { publication: isPublic } } }, { memberships: { some: { project: isPublic } } }],
} satisfies Prisma.PersonWhereInput;
