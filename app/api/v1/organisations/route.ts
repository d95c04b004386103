import { listOrganisations } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listOrganisations;
export const OPTIONS = preflight;
