import { json, preflight } from "@/lib/interop/api/http";
import { openApiDocument } from "@/lib/interop/api/openapi";

export function GET() {
  return json(openApiDocument());
}

export const OPTIONS = preflight;
