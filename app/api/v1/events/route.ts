import { listEvents } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listEvents;
export const OPTIONS = preflight;
