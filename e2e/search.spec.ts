import { expect, test } from "@playwright/test";

// The search on /publikasjoner, as a student uses it: with and without JavaScript.

const searchBox = (page: import("@playwright/test").Page) =>
  page.getByRole("searchbox", { name: "Søk i publikasjonene" });
const status = (page: import("@playwright/test").Page) => page.getByRole("status").filter({ hasText: "publikasjon" });

test("results follow the search text as you type, without losing focus or scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto("/publikasjoner");
  await expect(status(page)).toHaveText(/^15 publikasjoner/);
  const box = searchBox(page);
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);

  await box.click();
  await box.pressSequentially("selvhjelpsgrupe", { delay: 40 });
  await expect(page).toHaveURL(/\?q=selvhjelpsgrupe$/);
  await expect(status(page)).toHaveText(/for «selvhjelpsgrupe»/);
  await expect(page.getByRole("link", { name: "Etablering og igangsetting av selvhjelpsgrupper" })).toBeVisible();
  await expect(page.locator("mark", { hasText: "selvhjelpsgrupper" }).first()).toBeVisible();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue("selvhjelpsgrupe");
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test("a filter chosen before the page's script has loaded is kept", async ({ page }) => {
  // Hold the scripts back until the visitor has chosen, as on a slow connection.
  let release = () => {};
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await scriptsMayLoad;
    await route.continue();
  });
  await page.goto("/publikasjoner", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Type").selectOption("rapport");
  release();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Fra").fill("2011");
  await expect(page).toHaveURL(/fra=2011/);
  await expect(page).toHaveURL(/type=rapport/);
  await expect(page.getByLabel("Type")).toHaveValue("rapport");
});

test("filters are new history entries: back restores the results and the form", async ({ page }) => {
  await page.goto("/publikasjoner?q=selvhjelp");
  await expect(status(page)).toHaveText(/for «selvhjelp»/);
  const before = await status(page).textContent();

  await page.getByLabel("Type").selectOption("doktorgradsavhandling");
  await expect(page).toHaveURL(/\?q=selvhjelp&type=doktorgradsavhandling$/);
  await expect(status(page)).toHaveText(/^2 publikasjoner for/);
  await expect(page.getByRole("link", { name: /«Takk for tilliten»/ })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?q=selvhjelp$/);
  await expect(status(page)).toHaveText(before!);
  await expect(page.getByLabel("Type")).toHaveValue("");
  await expect(searchBox(page)).toHaveValue("selvhjelp");

  await page.goForward();
  await expect(page.getByLabel("Type")).toHaveValue("doktorgradsavhandling");
});

test("a misspelt search with no results offers the right spelling and fewer filters", async ({ page }) => {
  await page.goto("/publikasjoner?q=anund");
  await expect(page.getByText("Ingen publikasjoner passer med dette utvalget.")).toBeVisible();
  await page.getByRole("link", { name: /«ånund»/ }).click();
  await expect(page).toHaveURL(/\?q=%C3%A5nund$/);
  await expect(page.getByRole("link", { name: /Fortrolige fremmede/ })).toBeVisible();

  await page.goto("/publikasjoner?q=Gotaas&type=bok");
  await page.getByRole("link", { name: /Uten typen «Bok»/ }).click();
  await expect(page).toHaveURL(/\?q=Gotaas$/);
  await expect(page.getByRole("link", { name: /«Takk for tilliten»/ })).toBeVisible();
});

test("odd and hostile search text gives a normal page, never an error", async ({ request }) => {
  const inputs = [
    "'",
    "':*",
    "&|!",
    "a & !b <-> c",
    "\\",
    "x".repeat(10_000),
    "selv\u0000hjelp",
    "%",
    '\'; DROP TABLE "Publication"; --',
  ];
  for (const q of inputs) {
    for (const name of ["q", "type", "tema", "fra", "sprak", "side"]) {
      const response = await request.get(`/publikasjoner?${new URLSearchParams({ [name]: q })}`);
      expect(response.status(), `${name}=${q.slice(0, 20)}`).toBe(200);
    }
  }
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form submits and shows highlighted results", async ({ page }) => {
    await page.goto("/publikasjoner");
    await searchBox(page).fill("Gotas");
    await page.getByLabel("Tema").selectOption("grupper-pa-tvers");
    await page.getByRole("button", { name: "Vis treff" }).click();
    await expect(page).toHaveURL(/q=Gotas/);
    await expect(status(page)).toHaveText(/^1 publikasjon for «Gotas»/);
    await expect(page.locator("mark", { hasText: "Nora Gotaas" })).toBeVisible();
    await page.getByRole("link", { name: "Fjern søk og filtre" }).click();
    await expect(status(page)).toHaveText(/^15 publikasjoner/);
  });
});
