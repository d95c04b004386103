import { workExportRoute } from "@/lib/interop/citation-routes";

export const GET = workExportRoute("ris");
