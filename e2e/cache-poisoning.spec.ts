import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The shared caches (the front server's and Next's own) must give every visitor what a plain
// browser request for the URL gets, whatever an earlier visitor sent. For every public page
// type, each header variant below is sent once (GET, and again as HEAD) to a URL no one asked
// for before, and then the plain request for that URL, twice, must be answered exactly as the
// clean answer of the same page. A variant that reached a shared cache with what it changed
// (an empty prefetch answer, an RSC payload, a forged host, a 206 range) fails here.

const PAGES = [
  "/",
  "/publikasjoner",
  "/publikasjoner?q=selvhjelp",
  "/publikasjoner/takk-for-tilliten",
  "/publikasjoner/takk-for-tilliten/referanse.bib",
  "/prosjekter",
  "/prosjekter/endringsarbeid-i-selvhjelpsgrupper",
  "/personer/nora-gotaas",
  "/organisasjoner/nibr",
  "/arrangementer",
  "/arrangementer/disputas-nora-gotaas",
  "/arrangementer/kalender.ics",
  "/om",
  "/feed.xml",
  "/sitemap.xml",
  "/api/v1/publications",
  "/api/v1/persons/nora-gotaas",
  "/oai?verb=Identify",
];

const VARIANTS: [string, Record<string, string>][] = [
  ["a middleware prefetch", { "x-middleware-prefetch": "1" }],
  ["an RSC request", { rsc: "1" }],
  ["an RSC prefetch", { rsc: "1", "next-router-prefetch": "1" }],
  ["a segment prefetch", { rsc: "1", "next-router-segment-prefetch": "/_tree" }],
  ["a router state tree", { "next-router-state-tree": "%5B%22%22%2C%7B%7D%5D" }],
  ["a next-url", { "next-url": "/om" }],
  ["Next's data request", { "x-nextjs-data": "1" }],
  ["a middleware subrequest", { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }],
  ["an invoke path", { "x-invoke-path": "/om", "x-invoke-query": "%7B%7D" }],
  ["a server action id on a GET", { "next-action": "0123456789abcdef" }],
  ["a browser prefetch", { purpose: "prefetch", "sec-purpose": "prefetch" }],
  ["a range", { range: "bytes=0-10" }],
  ["gzip", { "accept-encoding": "gzip" }],
  ["brotli only", { "accept-encoding": "br" }],
  ["no encoding", { "accept-encoding": "identity" }],
  ["a conditional request", { "if-none-match": '"forged"' }],
  ["a date condition", { "if-modified-since": "Fri, 01 Jan 2100 00:00:00 GMT" }],
  ["a forged Host", { host: "falsk.example" }],
  ["a forged X-Forwarded-Host", { "x-forwarded-host": "falsk.example", "x-forwarded-port": "8443" }],
  ["a forged protocol", { "x-forwarded-proto": "https" }],
  ["a forged address", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }],
  ["a Forwarded header", { forwarded: "for=203.0.113.9;host=falsk.example;proto=https" }],
  ["cookies of another site", { cookie: "_ga=GA1.2.3; tema=mork" }],
  ["a forged preview cookie", { cookie: "__prerender_bypass=forfalsket" }],
  ["a forged session cookie", { cookie: "authjs.session-token=forfalsket" }],
  ["JSON", { accept: "application/json" }],
  ["an RSC content type", { accept: "text/x-component" }],
  ["a bot", { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" }],
  ["another language", { "accept-language": "en-US,en;q=0.9" }],
  ["a method override", { "x-http-method-override": "POST", "x-method-override": "DELETE" }],
  ["credentials", { authorization: "Bearer forfalsket" }],
];

type Answer = { status: number; type: string | undefined; body: string };

/** The URL with a probe parameter that no one asked for before; `label` has a fixed length. */
const probe = (path: string, run: string, label: string) =>
  `${path}${path.includes("?") ? "&" : "?"}probe=${run}-${label}`;
/**
 * What must be the same, whoever asked: the probe itself is masked (an export or the API may echo
 * its URL), and so is what differs between two renders of the same content: the time a calendar
 * or an OAI-PMH answer was made, and in HTML the scripts that carry React's payload and its text
 * separators, whose order depends on which data arrived first (each Next.js process renders a
 * page on its own). The document a browser shows is compared whole.
 */
const masked = (body: string, run: string) =>
  body
    .replace(new RegExp(`${run}-[a-z0-9]{4}`, "g"), "PROBE")
    .replace(/^DTSTAMP:.*$/gm, "DTSTAMP")
    .replace(/<responseDate>[^<]*<\/responseDate>/g, "<responseDate/>")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");

async function plain(request: APIRequestContext, url: string, run: string): Promise<Answer> {
  const response = await request.get(url, { maxRedirects: 0 });
  return {
    status: response.status(),
    type: response.headers()["content-type"],
    body: masked(await response.text(), run),
  };
}

for (const path of PAGES) {
  test(`no header a visitor sends changes what others get: ${path}`, async ({ request }) => {
    test.setTimeout(120_000);
    const run = randomUUID().slice(0, 8);
    const clean = await plain(request, probe(path, run, "ref0"), run);
    expect(clean.status, "the clean answer").toBe(200);
    // The same page at another fresh URL is the same: what follows may compare with it.
    expect(await plain(request, probe(path, run, "ref1"), run)).toEqual(clean);

    for (const [index, [name, headers]] of VARIANTS.entries()) {
      for (const method of ["GET", "HEAD"] as const) {
        const url = probe(path, run, `${method === "GET" ? "g" : "h"}${String(index).padStart(3, "0")}`);
        const variant = await request.fetch(url, { method, headers, maxRedirects: 0 });
        expect(variant.status(), `${method} with ${name}`).toBeLessThan(500);
        for (const attempt of [1, 2])
          expect(await plain(request, url, run), `plain request ${attempt} after a ${method} with ${name}`).toEqual(
            clean,
          );
      }
    }
  });
}
