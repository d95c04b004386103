// Security headers. Public pages get a CSP without a nonce so that they stay cacheable
// (Next.js' inline bootstrap scripts need 'unsafe-inline' there, but nothing else may run:
// no other origins, no plugins, no framing). The editors' area gets a strict nonce-based
// CSP per request from proxy.ts.

const dev = process.env.NODE_ENV !== "production";

const COMMON =
  "default-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export const PUBLIC_CSP = `${COMMON}; script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}; style-src 'self' 'unsafe-inline'; connect-src 'self'${dev ? " ws:" : ""}`;

export function editorCsp(nonce: string): string {
  return `${COMMON}; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}; style-src 'self' 'unsafe-inline'; connect-src 'self'${dev ? " ws:" : ""}`;
}

export const BASE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]),
];
