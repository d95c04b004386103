import { getPublication } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getPublication;
export const OPTIONS = preflight;
