// The size and text of a link preview image (lib/sharing/preview-image.tsx), as pure functions.

/** 1200 × 630: the size Facebook, LinkedIn, Slack and the chat apps show large. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The longest title drawn; longer ones end in "…" (an editor may write several hundred characters). */
export const PREVIEW_TITLE_MAX_LENGTH = 150;

// What the title's font (DejaVu Serif Condensed Bold) draws: Latin with its accents (æ, ø, å and the
// rest of Latin-1 and Latin Extended), combining accents, Greek, Cyrillic, dashes, quotes and the
// euro sign. Satori (next/og) fetches a font from Google Fonts, or an emoji from a CDN, for any
// character its fonts lack (and for © and ®, which it takes for emoji), so everything else is left
// out: a preview never makes a request to another site.
const DRAWABLE =
  /[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u024f\u0300-\u033f\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u03e1\u03f0-\u045f\u1e00-\u1efb\u2010-\u2026\u2030-\u203a\u20ac]/u;

/** The text with only what the preview's fonts can draw, on one line, at most `maxLength` long. */
export function drawableText(text: string, maxLength = PREVIEW_TITLE_MAX_LENGTH): string {
  const drawable = Array.from(text.normalize("NFC"))
    .map((character) => (/\s/u.test(character) ? " " : character))
    .filter((character) => DRAWABLE.test(character))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
  const characters = Array.from(drawable);
  if (characters.length <= maxLength) return drawable;
  return `${characters
    .slice(0, maxLength - 1)
    .join("")
    .trimEnd()}…`;
}

/**
 * The text with each space as a no-break space followed by a zero-width space. Satori (next/og)
 * draws ordinary spaces unevenly, wider after some letters ("Takk  for", "artikler,  rapporter");
 * no-break spaces it draws evenly, and the zero-width space after each is where a line may break.
 */
export function evenlySpaced(text: string): string {
  return text.replace(/ /g, "\u00a0\u200b");
}

/** The title's size in pixels on a 1200 × 630 image: large for short titles, smaller for long ones. */
export function previewTitleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 40) return 76;
  if (length <= 70) return 64;
  if (length <= 110) return 54;
  return 46;
}

/** The line above the title: "Masteroppgave · 2019", or the type alone when the year is unknown. */
export function previewKicker(type: string, when: string | number | null | undefined): string {
  return when === null || when === undefined || when === "" ? type : `${type} · ${when}`;
}
