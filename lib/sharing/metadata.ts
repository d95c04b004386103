import "server-only";
import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/interop/site-url";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-text";

export const SITE_NAME = "Selvhjelp Forskning";
export const SITE_DESCRIPTION =
  "Hva sier forskningen om selvorganisert selvhjelp? Avhandlinger, rapporter, artikler og prosjekter samlet av Selvhjelp Norge.";

/** The preview image of the pages that have none of their own (app/(public)/delingsbilde.png). */
export const SITE_PREVIEW_IMAGE = "/delingsbilde.png";

/** The preview image of an entry's page, next to it: "/publikasjoner/takk-for-tilliten/delingsbilde.png". */
export function previewImagePath(pagePath: string): string {
  return `${pagePath}/delingsbilde.png`;
}

type Sharing = {
  /** The entry's own title, without the site's name (og:site_name names it). */
  title: string;
  description: string;
  /** The page's path: "/publikasjoner/takk-for-tilliten". */
  path: string;
  image?: string;
};

/**
 * Open Graph and Twitter card tags, so that a link shared on Facebook, LinkedIn or in a chat shows
 * a title, a description and an image. Every URL is absolute and made from SITE_URL, never from
 * the request's Host header, which a visitor chooses (and which a shared cache would then keep).
 * A page's `openGraph` replaces its layout's whole (Next.js merges metadata one key deep), so each
 * page gives all of it from here.
 */
export function sharingMetadata({
  title,
  description,
  path,
  image = SITE_PREVIEW_IMAGE,
}: Sharing): Pick<Metadata, "openGraph" | "twitter"> {
  const images = [
    { url: absoluteUrl(image), width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, type: "image/png", alt: title },
  ];
  return {
    openGraph: {
      type: "website",
      locale: "nb_NO",
      siteName: SITE_NAME,
      title,
      description,
      url: absoluteUrl(path),
      images,
    },
    twitter: { card: "summary_large_image", title, description, images },
  };
}
