import { listTopics } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listTopics;
export const OPTIONS = preflight;
