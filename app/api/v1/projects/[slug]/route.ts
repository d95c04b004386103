import { getProject } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = getProject;
export const OPTIONS = preflight;
