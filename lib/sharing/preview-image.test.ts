import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { previewImage } from "./preview-image";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-text";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

afterEach(() => vi.unstubAllGlobals());

describe("previewImage", () => {
  it("draws a PNG of 1200 × 630 without asking any other site, whatever the title holds", async () => {
    // next/og fetches fonts and emoji for characters its fonts lack: nothing may be fetched but
    // the data: URL that it loads its own layout engine from.
    const realFetch = globalThis.fetch;
    const outside: string[] = [];
    vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith("data:")) return realFetch(input, init);
      outside.push(url);
      return Promise.reject(new Error("no requests from a preview image"));
    });
    const response = await previewImage({
      kicker: "Masteroppgave · 2019",
      title: "Selvhjelp 🙂 på 日本語, ＡＢＣ © ® – æ, ø og å",
    });
    const png = Buffer.from(await response.arrayBuffer());

    expect(outside).toEqual([]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    if (process.env.PREVIEW_IMAGE_OUT) await writeFile(path.resolve(process.env.PREVIEW_IMAGE_OUT), png);
  });

  it("leaves the lifetime to Next.js' page cache, not next/og's year", async () => {
    const response = await previewImage({ kicker: "Rapport", title: "Takk for tilliten" });
    expect(response.headers.get("cache-control")).toBeNull();
  });
});
