import { z } from "zod";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import { fail } from "./args";

// Resumption tokens carry the list's arguments and where the last page ended (datestamp and
// id, the list's order), so that pages stay right while records change. Opaque to harvesters:
// base64url of JSON, checked field by field when it comes back.

const tokenSchema = z.strictObject({
  verb: z.enum(["ListIdentifiers", "ListRecords"]),
  metadataPrefix: z.string(),
  from: z.iso.datetime().optional(),
  untilBefore: z.iso.datetime().optional(),
  set: z.string().optional(),
  afterUpdatedAt: z.iso.datetime(),
  afterId: z.string().regex(ENTRY_ID),
  cursor: z.number().int().min(0),
});

export type ResumptionState = z.infer<typeof tokenSchema>;

export function encodeToken(state: ResumptionState): string {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not JSON: rejected with the schema check below
  }
}

export function decodeToken(token: string, verb: string): ResumptionState {
  const parsed = tokenSchema.safeParse(jsonOrUndefined(Buffer.from(token, "base64url").toString("utf8")));
  if (parsed.success && parsed.data.verb === verb) return parsed.data;
  throw fail("badResumptionToken", "resumptionToken er ugyldig eller utløpt.");
}
