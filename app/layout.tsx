import type { Metadata, Viewport } from "next";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/sharing/metadata";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s – ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  alternates: {
    types: {
      "application/atom+xml": [{ url: "/feed.xml", title: "Nye publikasjoner og arrangementer (Atom)" }],
      "application/rss+xml": [{ url: "/rss.xml", title: "Nye publikasjoner og arrangementer (RSS)" }],
    },
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#11625c" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb">
      <body className="flex min-h-screen flex-col">
        <a
          href="#innhold"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-card focus:px-4 focus:py-2 focus:shadow"
        >
          Hopp til hovedinnholdet
        </a>
        {children}
      </body>
    </html>
  );
}
