import { overviewExportRoute } from "@/lib/interop/citation-routes";

export const GET = overviewExportRoute("ris");
