import { NextResponse, type NextRequest } from "next/server";
import { editorCsp } from "./lib/security-headers";
import { databaseAvailable, databaseUnavailableResponse, needsDatabase } from "./lib/db/availability";
import { isWellFormedPath, notFoundResponse, refusedActionRequest, refusedActionResponse } from "./lib/request-guards";

// Every request: a path that is not valid percent-encoded UTF-8 is not found, and a server action
// request that Next.js could not decode is refused, both before Next answers them with a 500
// (lib/request-guards.ts).
//
// While the database is away, a request that needs it gets a short Norwegian 503 here, before a
// page would fail with a 500 (lib/db/availability.ts); the front server may still answer it from
// its cache.
//
// The editors' area: a strict per-request CSP with a nonce (Next.js puts the nonce on its
// own scripts), and an early, optimistic redirect for visitors without a session cookie.
// The redirect is never the security check: every page, action and route under /redaksjon
// checks the session in lib/auth/session.ts against the database.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) return notFoundResponse(pathname);
  const refused = await refusedActionRequest(request);
  if (refused) return refusedActionResponse(refused);
  if (needsDatabase(request, pathname) && !(await databaseAvailable())) return databaseUnavailableResponse(pathname);
  if (pathname !== "/redaksjon" && !pathname.startsWith("/redaksjon/")) return NextResponse.next();

  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (pathname !== "/redaksjon/logg-inn" && !hasCookie)
    return NextResponse.redirect(new URL("/redaksjon/logg-inn", request.url));

  const nonce = btoa(crypto.randomUUID());
  const csp = editorCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Everything but Next's own static files and the attachment upload, which checks its session
// itself and would otherwise be cut at the proxy's 10 MB body limit (lib/attachments/upload.ts).
export const config = { matcher: ["/((?!_next/static|_next/image|redaksjon/vedlegg$).*)"] };
