import { listPublications } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listPublications;
export const OPTIONS = preflight;
