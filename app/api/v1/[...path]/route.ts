import { problem, preflight } from "@/lib/interop/api/http";

// Any other address under /api/v1 answers as the API does: with a JSON problem, not a page.
export function GET(request: Request) {
  return problem(
    404,
    "Fant ikke",
    "Denne adressen finnes ikke i API-et. Se /api/v1/openapi.json.",
    new URL(request.url).pathname,
  );
}

export const OPTIONS = preflight;
