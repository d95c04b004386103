import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/interop/site-url";

// Everything public may be indexed; the editors' area may not.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: "/redaksjon" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
