import { readFileSync } from "node:fs";
import { expectNoAxeViolations } from "./axe";
import { createAccount, expect, logIn, test, withDatabase } from "./fixtures";

// An editor imports a small BibTeX list: one good record, one already in the seed and one
// broken. Only the good one becomes a draft, which visitors cannot see.
test.describe.configure({ timeout: 120_000 });

// Paths are relative to the project root, where Playwright runs.
const bibtex = readFileSync("test/fixtures/import/small.bib", "utf8");
const title = "Likepersoner i selvhjelpsgrupper";

test("an editor previews and imports BibTeX: the good record becomes a draft, the duplicate and the broken one are not imported", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, await createAccount("editor", "editor"));
  await page.getByRole("navigation", { name: "Redaksjonens meny" }).getByRole("link", { name: "Importer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer publikasjoner");

  await page.getByLabel("Lim inn BibTeX eller RIS").fill(bibtex);
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(page.getByText("3 poster: 1 ny, 1 duplikat, 1 avvist.")).toBeVisible();
  const good = rows.filter({ hasText: title });
  await expect(good).toContainText("Ny");
  await expect(good.getByRole("listitem").filter({ hasText: "Åse Ørnes" })).toContainText("ny");
  await expect(good.getByRole("listitem").filter({ hasText: "Nora Gotaas" })).toContainText("finnes");
  await expect(rows.filter({ hasText: "Samarbeid om selvhjelp" })).toContainText(
    "Samme DOI som «Samarbeid om selvhjelp» (2019), som finnes fra før.",
  );
  await expect(rows.filter({ hasText: "Post 3: kunne ikke leses som BibTeX" })).toContainText("Avvist");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/import-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  await page.screenshot({ path: "test-results/import-done.png", fullPage: true });
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue(title);

  // The draft is in the editors' list, the duplicate was not imported a second time.
  await page.goto("/redaksjon/publikasjoner?status=draft&q=Likepersoner");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("Utkast");
  const copies = await withDatabase(
    async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM "Publication" WHERE lower(doi) = '10.23865/noasp.68'`)).rows[0].n,
  );
  expect(copies).toBe(1);

  // Visitors do not see it.
  const visitor = await browser.newContext();
  const response = await (await visitor.newPage()).goto("/publikasjoner/likepersoner-i-selvhjelpsgrupper");
  expect(response?.status()).toBe(404);
  await visitor.close();
  await context.close();
});

test("the import works without JavaScript", async ({ browser, adminState }) => {
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/redaksjon/importer");
  const noScriptTitle = `Uten skript ${Date.now()}`;
  await page
    .getByLabel("Lim inn BibTeX eller RIS")
    .fill(`TY  - RPRT\nTI  - ${noScriptTitle}\nAU  - Feiring, Marte\nPY  - 2024\nER  - \n`);
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  const row = page.getByRole("table").getByRole("row").filter({ hasText: noScriptTitle });
  await expect(row).toContainText("Rapport");
  await expect(row.getByRole("listitem")).toContainText("finnes");
  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  await expect(page.getByRole("link", { name: noScriptTitle })).toBeVisible();
  await context.close();
});
