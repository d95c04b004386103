import "server-only";
import { env } from "@/lib/env";
import { createLookup } from "./lookup";

// The process's one lookup, so that its limiter is shared by every editor's request. The
// User-Agent names the portal and its contact (the address OAI-PMH names), as doi.org, Crossref
// and Open Library ask of clients.
export const lookup = createLookup({
  doiResolverUrl: env.DOI_RESOLVER_URL,
  nvaApiUrl: env.NVA_API_URL,
  openLibraryUrl: env.OPENLIBRARY_URL,
  userAgent: `SelvhjelpForskning/1.0 (${env.SITE_URL}; mailto:${env.OAI_ADMIN_EMAIL})`,
});
