import { listProjects } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listProjects;
export const OPTIONS = preflight;
