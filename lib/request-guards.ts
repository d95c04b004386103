// Requests that Next.js itself would answer with a 500 before any of our code runs, refused
// early in proxy.ts with a 4xx instead:
// - a path that is not percent-encoded UTF-8 (/publikasjoner/%ff, %c0%af): Next fails to
//   decode the route's parameters and answers "Internal Server Error";
// - a server action request whose body Next cannot decode into the action's arguments (not
//   JSON, not a list, more than Next's 1,000 arguments, a no-JavaScript form with broken
//   action fields, or a body over the action limit): Next throws while decoding and answers 500.
// What is well-formed passes untouched; the actions themselves check what the arguments are.

/** As `serverActions.bodySizeLimit` in next.config.ts (3 MB, for the import). */
export const ACTION_BODY_LIMIT = 3 * 1024 * 1024;
/** Next refuses, with an error, to call an action with more arguments than this. */
const MAX_ACTION_ARGUMENTS = 1000;

export function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false; // a lone %ff or an overlong UTF-8 sequence: not a path any page has
  }
}

export function notFoundResponse(pathname: string): Response {
  if (pathname.startsWith("/api/")) {
    const body = {
      type: "about:blank",
      title: "Fant ikke",
      status: 404,
      detail: "Denne adressen finnes ikke i API-et. Se /api/v1/openapi.json.",
    };
    return new Response(JSON.stringify(body), {
      status: 404,
      headers: { "Content-Type": "application/problem+json; charset=utf-8" },
    });
  }
  return new Response("Fant ikke siden: adressen er ikke gyldig.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

function parseJson(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false }; // not JSON: the request is refused by the caller
  }
}

// React's reply format (how action arguments travel): JSON in which a string starting with "$"
// is special. Values: "$$…" (an escaped "$"), "$T", "$H", "$K…" (FormData fields), "$I…",
// "$-…", "$N…", "$u…", "$D…", "$n123" (BigInt). References to another field by hex id: "$@1",
// "$h1", "$Q1", "$W1", "$i1", "$1:path" (JSON there), typed arrays, blobs and streams ("$A1",
// "$B1", ...). React fails with an error (a 500) on a reference to a field that is missing,
// on a "$" it does not know, and on nesting deeper than its recursion can take.
const VALUE = /^\$[$THKIN\-uD]/;
const BIG_INT = /^\$n-?\d{1,300}$/;
const JSON_REFERENCE = /^\$[@hQWi]?([0-9a-f]+)(?::|$)/;
const BINARY_REFERENCE = /^\$[AOoUSsLlGgMmVBRrXx]([0-9a-f]+)$/;
const MAX_DEPTH = 100;

type Field = (id: number) => FormDataEntryValue | null;

function isDecodableReply(root: unknown, field: Field): boolean {
  const rootJson = parseJson(root);
  if (!rootJson.ok) return false;
  const seen = new Set<number>();
  const stack: [unknown, number][] = [[rootJson.value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (depth > MAX_DEPTH) return false;
    if (value !== null && typeof value === "object") {
      for (const child of Object.values(value)) stack.push([child, depth + 1]);
      continue;
    }
    if (typeof value !== "string" || !value.startsWith("$") || VALUE.test(value) || BIG_INT.test(value)) continue;
    const binary = BINARY_REFERENCE.exec(value);
    if (binary) {
      if (field(parseInt(binary[1]!, 16)) === null) return false;
      continue;
    }
    const reference = JSON_REFERENCE.exec(value);
    if (!reference) return false;
    const id = parseInt(reference[1]!, 16);
    if (seen.has(id)) continue;
    seen.add(id);
    const outlined = parseJson(field(id));
    if (!outlined.ok) return false;
    stack.push([outlined.value, depth + 1]);
  }
  return true;
}

/** The root of a fetch action's body: the list of arguments, as React's encodeReply writes it. */
function isArgumentList(root: unknown, field: Field): boolean {
  const parsed = parseJson(root);
  return (
    parsed.ok &&
    Array.isArray(parsed.value) &&
    parsed.value.length <= MAX_ACTION_ARGUMENTS &&
    isDecodableReply(root, field)
  );
}

/** A no-JavaScript form's action fields ($ACTION_REF_1, $ACTION_1:0, ...) must be what React wrote. */
function hasReadableActionFields(form: FormData): boolean {
  for (const name of form.keys()) {
    const ref = /^\$ACTION_REF_(\d+)$/.exec(name);
    if (!ref) continue;
    const prefix = `$ACTION_${ref[1]}:`;
    if (!isDecodableReply(form.get(`${prefix}0`), (id) => form.get(`${prefix}${id}`))) return false;
  }
  return true;
}

const isMultipart = (request: Request) =>
  (request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

async function formOf(body: ArrayBuffer, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(body, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return null; // a broken multipart body
  }
}

/** The status to refuse a server action request with, or null when Next can decode it. */
export async function refusedActionRequest(request: Request): Promise<400 | 413 | null> {
  if (request.method !== "POST") return null;
  const fetchAction = request.headers.has("next-action");
  const multipart = isMultipart(request);
  if (!fetchAction && !multipart) return null;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return 413;
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT) return 413;
  if (!multipart) return isArgumentList(new TextDecoder().decode(body), () => null) ? null : 400;
  const form = await formOf(body, request.headers.get("content-type") ?? "");
  if (!form) return 400;
  if (fetchAction) return isArgumentList(form.get("0"), (id) => form.get(String(id))) ? null : 400;
  return hasReadableActionFields(form) ? null : 400;
}

export function refusedActionResponse(status: 400 | 413): Response {
  const text =
    status === 413 ? "Forespørselen er for stor." : "Forespørselen kunne ikke leses. Last siden på nytt og prøv igjen.";
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
