import { getTopic } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getTopic;
export const OPTIONS = preflight;
