import "server-only";
import { unlessDatabaseAway } from "@/lib/db/availability";
import { absoluteUrl } from "../site-url";

// JSON responses, RFC 9457 problem details in Norwegian, open CORS for reading, and paging.

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Max-Age": "86400",
};

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
    },
  });
}

export function problem(
  status: 400 | 404,
  title: string,
  detail: string,
  instance?: string,
  problems?: string[],
): Response {
  const body = {
    type: "about:blank",
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(problems?.length ? { problems } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json; charset=utf-8" },
  });
}

export const notFound = (request: Request, what: string) =>
  problem(404, "Fant ikke", `${what} finnes ikke, eller er ikke publisert.`, new URL(request.url).pathname);

export const preflight = () => new Response(null, { status: 204, headers: CORS_HEADERS });

/** Thrown for unreadable input; the route wrapper turns it into a 400 problem. */
export class BadRequest extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
  }
}

const PAGE_PARAM = "side";

/** The page asked for (?side=2), 1 when none; anything else than a whole number from 1 is a bad request. */
export function requestedPage(params: URLSearchParams): number {
  const values = params.getAll(PAGE_PARAM);
  if (values.length === 0) return 1;
  const page = Number(values[0]);
  if (values.length > 1 || !Number.isInteger(page) || page < 1 || page > 100_000) {
    throw new BadRequest([
      `«${String(values[0]).slice(0, 20)}» er ikke et gyldig sidetall (side). Bruk et helt tall fra 1.`,
    ]);
  }
  return page;
}

/** `totalIsEstimate`: a search of more than 10,000 works is not counted exactly (lib/publications/overview.ts). */
export function pagination(request: Request, page: number, pageSize: number, total: number, totalIsEstimate = false) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const pageLink = (n: number) => {
    const url = new URL(request.url);
    url.searchParams.set(PAGE_PARAM, String(n));
    return absoluteUrl(`${url.pathname}${url.search}`);
  };
  return {
    page,
    pageSize,
    pageCount,
    total,
    totalIsEstimate,
    next: page < pageCount ? pageLink(page + 1) : null,
    previous: page > 1 ? pageLink(Math.min(page - 1, pageCount)) : null,
  };
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Bad input becomes a 400 problem, a database that went away a 503; anything unexpected is logged and answered without details. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await unlessDatabaseAway(request, () => handler(request, context));
    } catch (error) {
      if (error instanceof BadRequest)
        return problem(400, "Ugyldig forespørsel", error.message, new URL(request.url).pathname, error.problems);
      console.error("API error", error);
      const body = {
        type: "about:blank",
        title: "Intern feil",
        status: 500,
        detail: "Noe gikk galt hos oss. Prøv igjen senere.",
      };
      return new Response(JSON.stringify(body), {
        status: 500,
        headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json; charset=utf-8" },
      });
    }
  };
}
