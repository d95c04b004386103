// OAI-PMH 2.0 request arguments: which verb takes which arguments, and the protocol's
// rules for dates. Pure functions, so that every rule is unit-tested.

export type OaiErrorCode =
  | "badVerb"
  | "badArgument"
  | "badResumptionToken"
  | "cannotDisseminateFormat"
  | "idDoesNotExist"
  | "noRecordsMatch"
  | "noMetadataFormats"
  | "noSetHierarchy";

export type OaiError = { code: OaiErrorCode; message: string };

export class OaiFailure extends Error {
  constructor(readonly errors: OaiError[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join("; "));
  }
}

export const fail = (code: OaiErrorCode, message: string) => new OaiFailure([{ code, message }]);

export const VERBS = {
  Identify: { required: [], optional: [], exclusive: null },
  ListMetadataFormats: { required: [], optional: ["identifier"], exclusive: null },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [], exclusive: null },
  ListIdentifiers: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
  ListRecords: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
} as const;

export type Verb = keyof typeof VERBS;

export type OaiRequest = { verb: Verb; args: Record<string, string> };

/** Checks the verb and its arguments; the request's pairs may repeat a name, which is an error. */
export function readRequest(pairs: [string, string][]): OaiRequest {
  const verbs = pairs.filter(([name]) => name === "verb").map(([, value]) => value);
  const verb = verbs[0];
  if (verbs.length !== 1 || !verb || !(verb in VERBS)) {
    throw fail(
      "badVerb",
      verbs.length > 1 ? "Argumentet verb er gitt flere ganger." : `«${verb ?? ""}» er ikke et OAI-PMH-verb.`,
    );
  }
  const rules = VERBS[verb as Verb];
  const allowed = new Set<string>([
    ...rules.required,
    ...rules.optional,
    ...(rules.exclusive ? [rules.exclusive] : []),
  ]);
  const args: Record<string, string> = {};
  const errors: OaiError[] = [];
  for (const [name, value] of pairs) {
    if (name === "verb") continue;
    if (!allowed.has(name))
      errors.push({ code: "badArgument", message: `Argumentet «${name}» hører ikke til ${verb}.` });
    else if (name in args) errors.push({ code: "badArgument", message: `Argumentet «${name}» er gitt flere ganger.` });
    else args[name] = value;
  }
  if (rules.exclusive && rules.exclusive in args) {
    if (Object.keys(args).length > 1)
      errors.push({ code: "badArgument", message: "resumptionToken kan ikke kombineres med andre argumenter." });
  } else {
    for (const name of rules.required)
      if (!(name in args)) errors.push({ code: "badArgument", message: `${verb} krever argumentet «${name}».` });
  }
  if (errors.length) throw new OaiFailure(errors);
  return { verb: verb as Verb, args };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export type UtcDate = { date: Date; granularity: "day" | "second" };

/** A from/until value in one of the repository's two granularities, or null. */
export function parseUtcDate(value: string): UtcDate | null {
  const granularity = DAY.test(value) ? "day" : SECOND.test(value) ? "second" : null;
  if (!granularity) return null;
  const date = new Date(granularity === "day" ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  // Date rolls 2026-02-30 over into March; such a value is not a date.
  const written = granularity === "day" ? date.toISOString().slice(0, 10) : datestamp(date);
  return written === value ? { date, granularity } : null;
}

export type DateRange = { from?: Date; untilBefore?: Date };

/** from is inclusive; until includes its whole day or second, so it becomes an exclusive bound. */
export function readDateRange(args: { from?: string; until?: string }): DateRange {
  const from = args.from === undefined ? null : parseUtcDate(args.from);
  const until = args.until === undefined ? null : parseUtcDate(args.until);
  if ((args.from !== undefined && !from) || (args.until !== undefined && !until)) {
    throw fail("badArgument", "from og until må være på formen ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDThh:mm:ssZ.");
  }
  if (from && until && from.granularity !== until.granularity)
    throw fail("badArgument", "from og until må ha samme granularitet.");
  if (from && until && from.date > until.date) throw fail("badArgument", "from kan ikke være etter until.");
  const untilBefore = until
    ? new Date(until.date.getTime() + (until.granularity === "day" ? 86_400_000 : 1_000))
    : undefined;
  return { from: from?.date, untilBefore };
}

/** "2026-11-27T13:00:00Z": the protocol's UTC datestamp at second granularity. */
export const datestamp = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
