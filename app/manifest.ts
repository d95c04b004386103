import type { MetadataRoute } from "next";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/sharing/metadata";

// /manifest.webmanifest: the name, colours and icons a phone uses for a link on its home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_DESCRIPTION,
    lang: "nb",
    start_url: "/",
    scope: "/",
    display: "browser",
    background_color: "#faf7f2",
    theme_color: "#11625c",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/ikoner/ikon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/ikoner/ikon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
