import { NextResponse, type NextRequest } from "next/server";

// An early, optimistic redirect for visitors without a session cookie. It is never the
// security check: every page, action and route under /redaksjon checks the session in
// lib/auth/session.ts against the database.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/redaksjon/logg-inn") return NextResponse.next();
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasCookie) return NextResponse.redirect(new URL("/redaksjon/logg-inn", request.url));
  return NextResponse.next();
}

export const config = { matcher: ["/redaksjon/:path*"] };
