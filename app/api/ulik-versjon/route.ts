import { log } from "@/lib/log.mjs";
import { DEPLOYMENT_MISMATCH_MESSAGE } from "@/lib/deployment-skew";

// An action sent from a page of another build (lib/deployment-skew.ts): refused, with a line
// for whoever runs the instances (they must share the sources and AUTH_SECRET).
function refuse(request: Request): Response {
  log("error", "deployment-mismatch", {
    theirs: request.headers.get("x-deployment-id")?.slice(0, 64),
    ours: process.env.NEXT_DEPLOYMENT_ID,
  });
  // Exactly "text/plain": only then does Next.js's client pass the text on as the error.
  return new Response(DEPLOYMENT_MISMATCH_MESSAGE, {
    status: 409,
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}

export const GET = refuse;
export const POST = refuse;
