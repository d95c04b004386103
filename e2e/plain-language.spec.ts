import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// «Kort fortalt» is what a reader who is no researcher reads first: on a work's and a project's
// page it is the first section, marked as the editors' text, and accessible on a phone and a desktop.

const PAGES = [
  {
    path: "/publikasjoner/takk-for-tilliten",
    first: "Å være med i en selvhjelpsgruppe over tid kan gi bedre livskvalitet.",
  },
  {
    path: "/prosjekter/forskning-pa-selvhjelp-og-selvhjelpsgrupper",
    first: "Å dele erfaringer i gruppa hjelper deltakerne å finne mening i livet.",
  },
];

/** The page's section headings (h2) in reading order. */
const sectionHeadings = (page: Page) => page.locator("main h2").allInnerTexts();

for (const { path, first } of PAGES) {
  for (const width of [320, 1280]) {
    test(`${path} shows «Kort fortalt» first, by the editors, at ${width} px, without axe violations`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect((await sectionHeadings(page))[0]).toBe("Kort fortalt");
      const section = page.getByRole("region", { name: "Kort fortalt" });
      await expect(section.getByText("Skrevet av redaksjonen i Selvhjelp Norge")).toBeVisible();
      await expect(section.getByRole("listitem").first()).toHaveText(first);
      expect(await section.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
      await expect(section.getByRole("heading", { name: "Hva ble undersøkt?" })).toBeVisible();
      // Nothing sticks out sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    });
  }
}

test("a work the sources state no findings of has no «Kort fortalt»", async ({ page }) => {
  await page.goto("/publikasjoner/the-skills-of-helping-individuals-families-groups-and-communities");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kort fortalt" })).toHaveCount(0);
});

test.describe("the overview filter «Har Kort fortalt», without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const start of ["/publikasjoner", "/publikasjoner?type=masteroppgave"]) {
    test(`from ${start}: its count is what the listing then shows, and it stays in the URL`, async ({ page }) => {
      await page.goto(start);
      const box = page.getByRole("checkbox", { name: /^Har «Kort fortalt» \(\d+\)$/ });
      const counted = Number(/\((\d+)\)/.exec((await page.locator('label[for="filter-kort"]').innerText())!)![1]);
      expect(counted).toBeGreaterThan(0);
      await box.check();
      await page.getByRole("button", { name: "Vis treff" }).click();
      await expect(page).toHaveURL(/[?&]kort=ja(&|$)/);
      await expect(page.getByRole("checkbox", { name: /^Har «Kort fortalt»/ })).toBeChecked();
      await expect(page.locator('p[role="status"]')).toHaveText(
        new RegExp(`^${counted} publikasjon${counted === 1 ? "" : "er"}`),
      );
      expect(await page.locator("main li h3").count()).toBe(counted);
      const seeded = start === "/publikasjoner" ? /Takk for tilliten/ : /Et mentalt treningsstudio/;
      await expect(page.getByRole("link", { name: seeded })).toBeVisible();
    });
  }
});
