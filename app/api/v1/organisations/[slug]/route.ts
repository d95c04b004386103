import { getOrganisation } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getOrganisation;
export const OPTIONS = preflight;
