import { listPersons } from "@/lib/interop/api/handlers";
import { preflight } from "@/lib/interop/api/http";

export const GET = listPersons;
export const OPTIONS = preflight;
