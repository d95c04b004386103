// The portal's structured log: one JSON object per line on standard output (errors on standard
// error), for a log collector (journald, Docker, Loki) to read. Used for every error and every
// save, by the Next.js code (instrumentation.ts, lib/content/engine/actions.ts) and by the front server
// (lib/cache/front-server.mjs), which is why it is plain JavaScript checked by tsc through JSDoc.
//
// What is logged never holds a secret: values under names that sound like one (password, token,
// secret, cookie, authorization) are replaced, a password in a connection string is masked, and
// long texts are cut, so that an error message quoting a form cannot fill the log.

/** @typedef {string | number | boolean | null | undefined} Value */
/** @typedef {Record<string, Value>} Fields */

// Request headers by which the front server hands its request id to Next (and a proxy may hand its own).
export const REQUEST_ID_HEADER = "x-request-id";
// A request id as this server makes them (a UUID) or a proxy may send them: letters, digits, - and _.
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
const SECRET_NAME = /pass(?:word)?|secret|token|cookie|authori[sz]ation|api[-_]?key/i;
const MAX_TEXT = 1000;

/**
 * A request id that may be logged: `given` if it looks like one, else null.
 * @param {unknown} given
 * @returns {string | null}
 */
export function validRequestId(given) {
  return typeof given === "string" && REQUEST_ID.test(given) ? given : null;
}

/**
 * Text with any password in a URL (postgresql://user:password@host) masked, cut to MAX_TEXT characters.
 * @param {string} text
 */
export function redact(text) {
  const masked = text
    .replace(/([a-z][a-z0-9+.-]*:\/\/[^:/?#\s@]*:)[^@\s/]*@/gi, "$1***@")
    .replace(/(password=)[^&\s]*/gi, "$1***");
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/**
 * The line written for an event: time, level, event, then the fields (secrets replaced, texts redacted).
 * @param {"info" | "error"} level
 * @param {string} event
 * @param {Fields} fields
 * @param {Date} [now]
 */
export function logLine(level, event, fields, now = new Date()) {
  /** @type {Record<string, Value>} */
  const line = { time: now.toISOString(), level, event };
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || name in line) continue;
    line[name] = SECRET_NAME.test(name) ? "***" : typeof value === "string" ? redact(value) : value;
  }
  return JSON.stringify(line);
}

/**
 * Logs an event: a save, a request (info), or anything that went wrong (error).
 * @param {"info" | "error"} level
 * @param {string} event
 * @param {Fields} [fields]
 */
export function log(level, event, fields = {}) {
  (level === "error" ? process.stderr : process.stdout).write(`${logLine(level, event, fields)}\n`);
}

/**
 * The message of something thrown, with its class when that says more (PrismaClientKnownRequestError P2002).
 * @param {unknown} error
 */
export function errorText(error) {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? ` ${error.code}` : "";
  return `${error.name}${code}: ${error.message}`;
}
