/** Markdown reduced to one plain line, for meta descriptions. */
export function plainSummary(markdown: string | null, maxLength = 160): string | null {
  if (!markdown) return null;
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(?:[-*+]|#{1,6}|>)\s+/gm, "")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
