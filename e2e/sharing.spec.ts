import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_PORT } from "./env";
import { withDatabase } from "./fixtures";

// What a link shared on Facebook, LinkedIn or in a chat shows (Open Graph and Twitter cards), and
// the icons and web manifest a browser or phone asks for: every answer is what it says it is.

// The test server's SITE_URL (playwright.config.ts).
const SITE = `http://localhost:${E2E_PORT}`;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// Every public page type; works, projects and events have a preview image of their own.
const PAGES: { path: string; title: string; image: string }[] = [
  { path: "/", title: "Selvhjelp Forskning", image: "/delingsbilde.png" },
  { path: "/publikasjoner", title: "Publikasjoner", image: "/delingsbilde.png" },
  {
    path: "/publikasjoner/takk-for-tilliten",
    title: "«Takk for tilliten»",
    image: "/publikasjoner/takk-for-tilliten/delingsbilde.png",
  },
  { path: "/prosjekter", title: "Forskningsprosjekter", image: "/delingsbilde.png" },
  {
    path: "/prosjekter/endringsarbeid-i-selvhjelpsgrupper",
    title: "Endringsarbeid i selvhjelpsgrupper",
    image: "/prosjekter/endringsarbeid-i-selvhjelpsgrupper/delingsbilde.png",
  },
  { path: "/personer/nora-gotaas", title: "Nora Gotaas", image: "/delingsbilde.png" },
  {
    path: "/organisasjoner/nibr",
    title: "Norsk institutt for by- og regionforskning (NIBR)",
    image: "/delingsbilde.png",
  },
  { path: "/arrangementer", title: "Arrangementer", image: "/delingsbilde.png" },
  {
    path: "/arrangementer/disputas-nora-gotaas",
    title: "Disputas: Nora Gotaas",
    image: "/arrangementer/disputas-nora-gotaas/delingsbilde.png",
  },
  { path: "/om", title: "Om forskningsoversikten", image: "/delingsbilde.png" },
  { path: "/kunnskapskart", title: "Kunnskapskart", image: "/delingsbilde.png" },
];

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

/** A PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(body: Buffer): [number, number] {
  expect([...body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(body.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

async function png(request: APIRequestContext, url: string): Promise<[number, number]> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(body.length).toBeGreaterThan(1_000);
  expect(body.length).toBeLessThan(1_000_000);
  return pngSize(body);
}

for (const { path, title, image } of PAGES) {
  test(`${path} has Open Graph and Twitter card tags, with a preview image that answers as a PNG`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    expect(await meta(page, "og:title")).toBe(title);
    expect(await meta(page, "og:description")).toMatch(/\S{3}/);
    expect(await meta(page, "og:url")).toBe(`${SITE}${path}`);
    expect(await meta(page, "og:site_name")).toBe("Selvhjelp Forskning");
    expect(await meta(page, "og:locale")).toBe("nb_NO");
    expect(await meta(page, "og:image")).toBe(`${SITE}${image}`);
    expect(await meta(page, "og:image:width")).toBe("1200");
    expect(await meta(page, "og:image:height")).toBe("630");
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "twitter:image")).toBe(`${SITE}${image}`);
    expect(await png(request, image)).toEqual([1200, 630]);
  });
}

test("the favicon, the app icons and the web manifest answer as what they are", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  const ico = await favicon.body();
  expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(2);

  await page.goto("/");
  const href = (selector: string) => page.locator(selector).first().getAttribute("href");
  const svg = await request.get((await href('link[rel="icon"][type="image/svg+xml"]'))!);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(await svg.text()).toMatch(/^<svg /);
  expect(await png(request, (await href('link[rel="apple-touch-icon"]'))!)).toEqual([180, 180]);

  const manifestUrl = (await href('link[rel="manifest"]'))!;
  expect(manifestUrl).toBe("/manifest.webmanifest");
  const manifest = await request.get(manifestUrl);
  expect(manifest.headers()["content-type"]).toContain("application/manifest+json");
  const { name, lang, start_url, icons } = (await manifest.json()) as {
    name: string;
    lang: string;
    start_url: string;
    icons: { src: string; sizes: string }[];
  };
  expect({ name, lang, start_url }).toEqual({ name: "Selvhjelp Forskning", lang: "nb", start_url: "/" });
  for (const icon of icons.filter((icon) => icon.sizes !== "any")) {
    const size = Number(icon.sizes.split("x")[0]);
    expect(await png(request, icon.src)).toEqual([size, size]);
  }
});

test("the front cache keeps the preview images, the icons and the manifest", async ({ request }) => {
  const urls = [
    "/publikasjoner/takk-for-tilliten/delingsbilde.png",
    "/delingsbilde.png",
    "/favicon.ico",
    "/icon.svg",
    "/manifest.webmanifest",
    "/ikoner/ikon-192.png",
  ];
  for (const url of urls) {
    const cached = async () => (await request.get(url)).headers()["x-front-cache"];
    await expect.poll(cached, { intervals: [100, 250, 500], timeout: 10_000, message: url }).toBe("HIT");
  }
});

test.describe("only what is public has a preview image", () => {
  const slug = `utkast-${randomUUID().slice(0, 8)}`;
  const title = `Hemmelig utkast ${slug}`;
  test.beforeAll(() =>
    withDatabase((db) =>
      db.query(
        `INSERT INTO "Publication" (id, slug, title, type, status, "updatedAt") VALUES ($1, $2, $3, 'rapport', 'draft', now())`,
        [randomUUID(), slug, title],
      ),
    ),
  );
  test.afterAll(() => withDatabase((db) => db.query(`DELETE FROM "Publication" WHERE slug = $1`, [slug])));

  test("a draft's, an unknown and a malformed slug answer 404, never with the draft's title", async ({ request }) => {
    for (const section of ["publikasjoner", "prosjekter", "arrangementer"]) {
      for (const bad of [slug, "finnes-ikke", "%00", "%ff", "a".repeat(5_000), "%C3%A6%C3%B8%C3%A5"]) {
        const response = await request.get(`/${section}/${bad}/delingsbilde.png`);
        expect(response.status(), `${section}/${bad.slice(0, 20)}`).toBe(404);
        expect(await response.text()).not.toContain("Hemmelig");
      }
    }
  });
});

test.describe("a renamed entry's old preview image address", () => {
  // An old slug of a public work, as an editor's rename leaves it (lib/content/engine/save.ts).
  const oldSlug = `gammel-adresse-${randomUUID().slice(0, 8)}`;
  test.beforeAll(() =>
    withDatabase((db) =>
      db.query(
        `INSERT INTO "SlugRedirect" (id, "entityType", "oldSlug", "entityId")
         SELECT $1, 'publication', $2, id FROM "Publication" WHERE slug = 'takk-for-tilliten'`,
        [randomUUID(), oldSlug],
      ),
    ),
  );
  test.afterAll(() => withDatabase((db) => db.query(`DELETE FROM "SlugRedirect" WHERE "oldSlug" = $1`, [oldSlug])));

  test("redirects to the new one, like the old page address", async ({ request }) => {
    const page = await request.get(`/publikasjoner/${oldSlug}`, { maxRedirects: 0 });
    expect(page.status()).toBe(308);
    expect(page.headers().location).toMatch(/\/publikasjoner\/takk-for-tilliten$/);
    const image = await request.get(`/publikasjoner/${oldSlug}/delingsbilde.png`, { maxRedirects: 0 });
    expect(image.status()).toBe(308);
    expect(image.headers().location).toBe("/publikasjoner/takk-for-tilliten/delingsbilde.png");
    expect(await png(request, `/publikasjoner/${oldSlug}/delingsbilde.png`)).toEqual([1200, 630]);
  });
});
