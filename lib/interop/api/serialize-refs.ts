import "server-only";
import type { z } from "zod";
import { fullName } from "@/lib/content/labels";
import { PLAIN_LANGUAGE_BYLINE, hasPlainLanguage, type PlainLanguage } from "@/lib/content/forms/plain-language";
import { absoluteUrl } from "../site-url";
import type { Link, OrganisationRef, PersonRef, PlainLanguage as PlainLanguageSchema, Ref } from "./schemas";

// References between entries, shared by every API representation.

type MaybePublic = { status?: string; deletedAt?: Date | null };
const isPublicEntry = (entry: MaybePublic) =>
  entry.status === undefined || (entry.status === "published" && !entry.deletedAt);

/** «Kort fortalt» of a work or a project; null when it has none. */
export function plainLanguage(entry: PlainLanguage): z.infer<typeof PlainLanguageSchema> | null {
  if (!hasPlainLanguage(entry)) return null;
  return {
    keyPoints: entry.plainKeyPoints,
    studied: entry.plainStudied,
    found: entry.plainFound,
    meaning: entry.plainMeaning,
    writtenBy: PLAIN_LANGUAGE_BYLINE,
  };
}

export const pageUrl = (section: string, slug: string) => absoluteUrl(`/${section}/${slug}`);

export function personRef(
  p: MaybePublic & { slug: string; givenName: string | null; familyName: string },
): z.infer<typeof PersonRef> {
  return {
    slug: p.slug,
    name: fullName(p),
    givenName: p.givenName,
    familyName: p.familyName,
    url: isPublicEntry(p) ? pageUrl("personer", p.slug) : null,
  };
}

export function organisationRef(
  o: MaybePublic & { slug: string; name: string; shortName: string | null },
): z.infer<typeof OrganisationRef> {
  return {
    slug: o.slug,
    name: o.name,
    shortName: o.shortName,
    url: isPublicEntry(o) ? pageUrl("organisasjoner", o.slug) : null,
  };
}

export const ref = (section: string, e: { slug: string; title: string }): z.infer<typeof Ref> => ({
  slug: e.slug,
  title: e.title,
  url: pageUrl(section, e.slug),
});

export const link = (l: {
  kind: z.infer<typeof Link>["kind"];
  url: string;
  label: string;
  language: string | null;
}): z.infer<typeof Link> => ({
  kind: l.kind,
  url: l.url,
  label: l.label,
  language: l.language,
});
