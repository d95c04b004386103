import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The knowledge map (/kunnskapskart) on the real seed content: every cell's count is what the
// overview it links to shows, the CSV holds the table's numbers, and the page works at 320 px, by
// keyboard and without JavaScript.

type Cell = { key: string; href: string; count: number };

async function tableCells(page: Page): Promise<Cell[]> {
  return page.locator("a[data-cell]").evaluateAll((links) =>
    links.map((link) => ({
      key: link.getAttribute("data-cell")!,
      href: link.getAttribute("href")!,
      count: Number(link.textContent!.trim()),
    })),
  );
}

/** The count the overview states in its status line ("1 publikasjon", "3 publikasjoner"). */
async function overviewCount(page: Page, href: string): Promise<number> {
  const html = await (await page.request.get(href)).text();
  const match = /role="status"[^>]*>(\d+) publikasjon/.exec(html);
  if (!match) throw new Error(`No count on ${href}`);
  return Number(match[1]);
}

for (const query of ["", "?fra=2011&til=2013", "?type=tidsskriftartikkel"]) {
  test(`every cell of /kunnskapskart${query} counts what the overview it links to shows`, async ({ page }) => {
    await page.goto(`/kunnskapskart${query}`);
    const cells = await tableCells(page);
    // 11 topics × 8 designs (with «Ikke oppgitt»).
    expect(cells).toHaveLength(11 * 8);
    for (const cell of cells) {
      expect(cell.href, cell.key).toContain(`design=${cell.key.split("/")[1]}`);
      expect(cell.href, cell.key).toContain(`tema=${cell.key.split("/")[0]}`);
      if (query) expect(cell.href, cell.key).toContain(query.slice(1).split("&")[0]!);
      expect([cell.key, await overviewCount(page, cell.href)]).toEqual([cell.key, cell.count]);
    }
  });
}

test("the seeded designs are on the map where the source states them", async ({ page }) => {
  await page.goto("/kunnskapskart");
  const counts = Object.fromEntries((await tableCells(page)).map((cell) => [cell.key, cell.count]));
  expect(counts["psykisk-helse/kvalitativ"]).toBe(1);
  expect(counts["psykisk-helse/litteraturgjennomgang"]).toBe(1);
  expect(counts["psykisk-helse/evaluering"]).toBe(1);
  expect(counts["empowerment/kvantitativ"]).toBe(1);
  expect(counts["e-helse/ukjent"]).toBe(1);
  await expect(page.getByRole("status")).toContainText(
    "Det finnes ingen studier med blandede metoder eller teoretiske arbeider i utvalget.",
  );
  await expect(page.getByRole("status")).toContainText("Kvantitative studier finnes bare for temaet Empowerment");
});

test("the CSV download holds the table's numbers, with the same filters", async ({ page }) => {
  for (const query of ["", "?fra=2011&til=2013"]) {
    await page.goto(`/kunnskapskart${query}`);
    const link = page.getByRole("link", { name: "Last ned tabellen som CSV" });
    const response = await page.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toContain('filename="kunnskapskart.csv"');
    const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
    expect(header).toBe(
      "Tema,Kvalitativ,Kvantitativ,Blandede metoder,Litteraturgjennomgang,Evaluering,Teoretisk,Annet,Ikke oppgitt,Totalt",
    );
    const rows = await page
      .locator("table")
      .first()
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector("th")!.textContent!.trim(),
          ...[...tr.querySelectorAll("td")].map((td) => td.textContent!.trim()),
        ]),
      );
    expect(lines).toHaveLength(rows.length);
    lines.forEach((line, i) => {
      const fields = line.startsWith('"')
        ? [line.slice(1, line.indexOf('",')), ...line.slice(line.indexOf('",') + 2).split(",")]
        : line.split(",");
      const row = rows[i]!;
      const total = row.slice(1).reduce((sum, n) => sum + Number(n), 0);
      expect(fields).toEqual([...row, String(total)]);
    });
  }
});

test("every cell is reached with Tab, in reading order", async ({ page }) => {
  await page.goto("/kunnskapskart");
  const cells = await tableCells(page);
  await page.getByRole("button", { name: "Vis kartet" }).focus();
  for (const cell of cells) {
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("data-cell", cell.key);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/publikasjoner\?tema=samarbeid&design=ukjent/);
});

test("has no WCAG 2.1 AA violations at 1280 px and at 320 px, where a list replaces the table", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/kunnskapskart");
  await expect(page.getByRole("table", { name: /Antall publikasjoner per tema og studiedesign/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/kunnskapskart-1280.png", fullPage: true });

  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole("table", { name: /Antall publikasjoner per tema og studiedesign/ })).toBeHidden();
  const list = page.getByRole("list", { name: "Antall publikasjoner per tema og studiedesign" });
  await expect(list).toBeVisible();
  await expect(
    list.getByRole("link", { name: "Heterogene grupper / grupper på tvers, Kvalitativ: 1" }),
  ).toHaveAttribute("href", "/publikasjoner?tema=grupper-pa-tvers&design=kvalitativ");
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/kunnskapskart-320.png", fullPage: true });
});

test("«Publikasjoner per år» is an SVG chart with its numbers in a table", async ({ page }) => {
  await page.goto("/kunnskapskart");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Publikasjoner per år" }) });
  await expect(section.getByRole("img", { name: /Stolpediagram over publikasjoner per år, 2011–2020/ })).toBeVisible();
  const table = section.getByRole("table", { name: "Tallene i diagrammet" });
  await expect(table.getByRole("row", { name: "2011 3" })).toBeVisible();
  await expect(table.getByRole("row", { name: "2014 3" })).toBeVisible();
  await expect(section.getByText("1 publikasjon uten årstall er ikke med.")).toBeVisible();
});

test("the map and its CSV are served from the front cache after the first request", async ({ request }) => {
  for (const path of ["/kunnskapskart?type=rapport", "/kunnskapskart/kunnskapskart.csv?type=rapport"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    await expect.poll(async () => (await request.get(path)).headers()["x-front-cache"], { message: path }).toBe("HIT");
    // What browsers get stays private: only the front cache keeps it.
    expect((await request.get(path)).headers()["cache-control"], path).toContain("private");
  }
});

test("the site navigation leads to the map", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Kunnskapskart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kunnskapskart" })).toBeVisible();
});

test("study design: on the work page, as an overview filter with counts, and in the API", async ({ page }) => {
  await page.goto("/publikasjoner/et-mentalt-treningsstudio");
  await expect(page.getByRole("link", { name: "Kvalitativ" })).toHaveAttribute(
    "href",
    "/publikasjoner?design=kvalitativ",
  );
  await page.goto("/publikasjoner/takk-for-tilliten");
  await expect(page.getByText("Ikke oppgitt i kilden")).toBeVisible();

  await page.goto("/publikasjoner");
  await expect(page.getByLabel("Studiedesign").locator("option", { hasText: "Evaluering (1)" })).toHaveCount(1);
  const api = await (await page.request.get("/api/v1/publications?design=evaluering")).json();
  expect(api.data.map((work: { slug: string; studyDesign: string }) => [work.slug, work.studyDesign])).toEqual([
    ["hjelper-selvhjelp", "evaluering"],
  ]);
  const one = await (
    await page.request.get("/api/v1/publications/participants-experiences-of-empowerment-in-self-help-groups")
  ).json();
  expect([one.data.studyDesign, one.data.studyDesignLabel]).toEqual(["kvantitativ", "Kvantitativ"]);
  const openapi = await (await page.request.get("/api/v1/openapi.json")).json();
  expect(JSON.stringify(openapi.paths["/publications"])).toContain('"name":"design"');
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the map's filter form works, and a cell leads to the overview of its works", async ({ page }) => {
    await page.goto("/kunnskapskart");
    await page.getByLabel("Type").selectOption("rapport");
    await page.getByLabel("Fra år").fill("2011");
    await page.getByLabel("Til år").fill("2012");
    await page.getByRole("button", { name: "Vis kartet" }).click();
    await expect(page).toHaveURL(/\/kunnskapskart\?type=rapport&fra=2011&til=2012$/);
    await expect(page.getByLabel("Type")).toHaveValue("rapport");
    await expect(page.getByRole("status")).toContainText("Kartet bygger på 2 publikasjoner.");
    await page.locator('a[data-cell="parorende/evaluering"]').click();
    await expect(page).toHaveURL("/publikasjoner?type=rapport&fra=2011&til=2012&tema=parorende&design=evaluering");
    await expect(page.locator('p[role="status"]')).toContainText("1 publikasjon ·");
    await expect(page.getByRole("link", { name: /Hjelper selvhjelp\?/ })).toBeVisible();
  });

  test("bad filter values give a message, not an error", async ({ page }) => {
    const response = await page.goto("/kunnskapskart?type=finnes-ikke&fra=abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Publikasjonstypen «finnes-ikke» finnes ikke, og er ikke brukt.")).toBeVisible();
    await expect(page.getByText("«abc» er ikke et gyldig årstall (fra), og er ikke brukt.")).toBeVisible();
  });
});
