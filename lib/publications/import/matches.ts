// The persons an editor picked in the preview for imported names, as the form sends them:
// one `match` field per name with likely matches, "record:index=personId" ("record:index=" for
// a new person). Anything else is ignored; store.ts accepts only ids it planned as likely.

const MATCH = /^(\d{1,4}:\d{1,3})=([A-Za-z0-9_-]{0,40})$/;
const MAX_MATCHES = 2000;

export function readMatches(formData: FormData): Map<string, string> {
  const matches = new Map<string, string>();
  for (const value of formData.getAll("match").slice(0, MAX_MATCHES)) {
    const found = typeof value === "string" ? MATCH.exec(value) : null;
    if (found?.[2]) matches.set(found[1]!, found[2]);
  }
  return matches;
}
