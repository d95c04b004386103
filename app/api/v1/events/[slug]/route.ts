import { getEvent } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getEvent;
export const OPTIONS = preflight;
