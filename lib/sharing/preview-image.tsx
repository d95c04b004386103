import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, drawableText, evenlySpaced, previewTitleSize } from "./preview-text";

// The link preview image of a page (og:image, twitter:image): 1200 × 630, the size Facebook,
// LinkedIn, Slack and the chat apps show large. Drawn with fonts read from disk, never fetched:
// DejaVu Serif Condensed, bold for the title (committed with its licence in fonts/; next/og's own
// Geist is spaced unevenly by its renderer).

const COLOURS = {
  paper: "#faf7f2",
  ink: "#1f2a30",
  muted: "#4e5b61",
  line: "#e4dccf",
  teal: "#11625c",
  tealDark: "#0b4541",
  clay: "#9c4221",
  sun: "#f3d27a",
};

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let fonts: Promise<Font[]> | undefined;

/** The fonts, read once per process. */
function previewFonts(): Promise<Font[]> {
  fonts ??= Promise.all([
    readFile(path.join(process.cwd(), "lib/sharing/fonts/DejaVuSerifCondensed.ttf")),
    readFile(path.join(process.cwd(), "lib/sharing/fonts/DejaVuSerifCondensed-Bold.ttf")),
  ]).then(([regular, bold]) => [
    { name: "DejaVu Serif Condensed", data: regular, weight: 400, style: "normal" },
    { name: "DejaVu Serif Condensed", data: bold, weight: 700, style: "normal" },
  ]);
  return fonts;
}

/** The site's mark (app/icon.svg): three circles, a group, on the teal square. */
function Mark() {
  const dot = (left: number, top: number, colour: string) => (
    <div style={{ position: "absolute", left, top, width: 16, height: 16, borderRadius: 8, backgroundColor: colour }} />
  );
  return (
    <div
      style={{
        display: "flex",
        position: "relative",
        width: 60,
        height: 60,
        borderRadius: 13,
        backgroundColor: COLOURS.teal,
      }}
    >
      {dot(22, 12, COLOURS.paper)}
      {dot(11, 30, COLOURS.paper)}
      {dot(33, 30, COLOURS.sun)}
    </div>
  );
}

function Preview({ kicker, title }: { kicker: string; title: string }) {
  return (
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        backgroundColor: COLOURS.paper,
        fontFamily: "DejaVu Serif Condensed",
        color: COLOURS.ink,
      }}
    >
      <div style={{ display: "flex", width: 24, height: "100%", backgroundColor: COLOURS.teal }} />
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "56px 80px 52px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 32, color: COLOURS.tealDark }}>
          <Mark />
          {evenlySpaced("Selvhjelp Forskning")}
        </div>
        <div
          style={{ display: "flex", flexDirection: "column", justifyContent: "center", flex: 1, overflow: "hidden" }}
        >
          <div style={{ display: "flex", fontSize: 30, color: COLOURS.clay, marginBottom: 20 }}>
            {evenlySpaced(kicker)}
          </div>
          <div
            style={{
              display: "flex",
              fontWeight: 700,
              fontSize: previewTitleSize(title),
              lineHeight: 1.15,
              wordBreak: "break-word",
              color: COLOURS.tealDark,
            }}
          >
            {evenlySpaced(title)}
          </div>
        </div>
        <div
          style={{
            display: "flex",
            borderTop: `2px solid ${COLOURS.line}`,
            paddingTop: 22,
            fontSize: 24,
            color: COLOURS.muted,
          }}
        >
          {evenlySpaced("Forskning om selvorganisert selvhjelp, samlet av Selvhjelp Norge")}
        </div>
      </div>
    </div>
  );
}

/**
 * A PNG with the kicker ("Masteroppgave · 2019") above the title. Its Cache-Control is left to
 * Next.js, which keeps the image in its page cache like the page itself (the route's
 * `revalidate`, and every save expires it), so that shared caches, the front cache
 * (lib/cache/front-cache.mjs) among them, may keep it as long: next/og's own header would let
 * every cache keep it for a year, past the next change of the title.
 */
export async function previewImage({ kicker, title }: { kicker: string; title: string }): Promise<Response> {
  const image = new ImageResponse(<Preview kicker={drawableText(kicker)} title={drawableText(title)} />, {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: await previewFonts(),
  });
  image.headers.delete("cache-control");
  return image;
}

/** The answer for a slug that names no public entry: a draft's title never reaches an image. */
export function previewNotFound(): Response {
  return new Response("Fant ikke siden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
