// URL slugs from Norwegian titles: æ→ae, ø→o, å→a, other accents dropped.

const NORWEGIAN_LETTERS: Record<string, string> = { æ: "ae", ø: "o", å: "a" };

/**
 * The longest slug an entry can have: the editors' form allows 100 characters
 * (slugField in lib/content/forms/form-fields.ts), and made slugs are shorter (80, plus "-2" etc.).
 */
export const SLUG_MAX_LENGTH = 100;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => NORWEGIAN_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/g, "");
}

/**
 * Whether a value from a URL can be an entry's slug: a-z, 0-9 and single inner dashes, at most
 * SLUG_MAX_LENGTH long. The data layer checks this before any query, so that hostile input
 * (NUL, which PostgreSQL refuses in text, or 5,000 characters) is simply "not found".
 */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= SLUG_MAX_LENGTH && SLUG.test(value);
}
