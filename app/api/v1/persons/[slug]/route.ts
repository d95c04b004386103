import { getPerson } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getPerson;
export const OPTIONS = preflight;
