import { NextResponse, type NextRequest } from "next/server";
import { editorCsp } from "./lib/security-headers";

// The editors' area: a strict per-request CSP with a nonce (Next.js puts the nonce on its
// own scripts), and an early, optimistic redirect for visitors without a session cookie.
// The redirect is never the security check: every page, action and route under /redaksjon
// checks the session in lib/auth/session.ts against the database.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (pathname !== "/redaksjon/logg-inn" && !hasCookie) return NextResponse.redirect(new URL("/redaksjon/logg-inn", request.url));

  const nonce = btoa(crypto.randomUUID());
  const csp = editorCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = { matcher: ["/redaksjon/:path*"] };
