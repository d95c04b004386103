import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createAccount, expect, logIn, test, withDatabase } from "./fixtures";
import { pick } from "./picker";

// Merging two persons (issue 14): an editor (not an admin) merges a duplicate into the seed's
// person, visitors find the work on the kept person's page and the old address redirects (308),
// and the editor undoes it from the history.

const WORK = "et-mentalt-treningsstudio";
const KEPT = "erna-helen-majormoen";
const DUPLICATE = { id: randomUUID(), slug: `e-h-majormoen-${randomUUID().slice(0, 6)}` };

// The duplicate an import with initials leaves: "E. H. Majormoen", credited with her master's thesis.
test.beforeAll(async () => {
  await withDatabase(async (db) => {
    await db.query(
      `INSERT INTO "Person" (id, slug, "givenName", "familyName", status, "updatedAt")
       VALUES ($1, $2, 'E. H.', 'Majormoen', 'published', now())`,
      [DUPLICATE.id, DUPLICATE.slug],
    );
    await db.query(
      `UPDATE "PublicationContributor" SET "personId" = $1
       WHERE "publicationId" = (SELECT id FROM "Publication" WHERE slug = $2)
         AND "personId" = (SELECT id FROM "Person" WHERE slug = $3)`,
      [DUPLICATE.id, WORK, KEPT],
    );
  });
});

// Whatever the test reached, the work is hers again and the duplicate is in the trash. Not deleted:
// a page still rendering (a link's prefetch) may have read the work's authors and not yet their
// names, which Prisma reads in a second query.
test.afterAll(async () => {
  await withDatabase(async (db) => {
    await db.query(
      `UPDATE "PublicationContributor" SET "personId" = (SELECT id FROM "Person" WHERE slug = $2) WHERE "personId" = $1`,
      [DUPLICATE.id, KEPT],
    );
    await db.query(`DELETE FROM "SlugRedirect" WHERE "oldSlug" = $1`, [DUPLICATE.slug]);
    await db.query(`DELETE FROM "PersonMerge" WHERE "mergedId" = $1`, [DUPLICATE.id]);
    await db.query(`UPDATE "Person" SET "deletedAt" = now() WHERE id = $1`, [DUPLICATE.id]);
  });
});

async function screenshots(page: Page, target: Locator, name: string, path: (file: string) => string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path(`${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an editor merges a duplicate person into the seed's, the old address redirects, and undoes it", async ({
  browser,
  page: visitor,
}, testInfo) => {
  const shot = (file: string) => testInfo.outputPath(file);
  await visitor.goto(`/personer/${DUPLICATE.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("E. H. Majormoen");
  await expect(visitor.getByRole("link", { name: /Et mentalt treningsstudio/ })).toBeVisible();

  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, await createAccount("editor", "redaktor"));
  const keptId = await withDatabase(
    async (db) => (await db.query(`SELECT id FROM "Person" WHERE slug = $1`, [KEPT])).rows[0].id as string,
  );
  await page.goto(`/redaksjon/personer/${keptId}`);
  const merge = page.getByRole("region", { name: "Slå sammen med en annen person" });
  await pick(merge, "Person som skal slås inn i denne", "majormoen", "Majormoen, E. H.");
  const confirmation = merge.getByRole("group", { name: "Slå «E. H. Majormoen» inn i «Erna Helen Majormoen»?" });
  await expect(confirmation).toContainText("1 verk flyttes fra E. H. Majormoen til Erna Helen Majormoen.");
  await expect(confirmation).toContainText(`Den gamle adressen /personer/${DUPLICATE.slug} sender videre dit.`);
  await expectNoAxeViolations(page);
  await screenshots(page, confirmation, "bekreftelse", shot);
  await confirmation.getByRole("button", { name: "Slå sammen" }).click();
  await expect(merge.getByRole("status")).toContainText("«E. H. Majormoen» er slått sammen med Erna Helen Majormoen.");

  // Visitors: the work on the kept person's page, and the old address sends there for good.
  await visitor.goto(`/personer/${KEPT}`);
  await expect(visitor.getByRole("link", { name: /Et mentalt treningsstudio/ })).toBeVisible();
  const old = await visitor.request.get(`/personer/${DUPLICATE.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()["location"] ?? "", "http://x").pathname).toBe(`/personer/${KEPT}`);
  await visitor.goto(`/publikasjoner/${WORK}`);
  await expect(visitor.getByRole("link", { name: "Erna Helen Majormoen" }).first()).toBeVisible();

  await merge.getByRole("link", { name: "Til historikken" }).click();
  const note = page.getByText("Sammenslåing: «E. H. Majormoen» ble slått inn i denne personen (1 verk).");
  await expect(note).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, note, "historikk", shot);
  await page.getByRole("button", { name: "Angre sammenslåingen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sammenslåingen er angret" })).toContainText(
    "«E. H. Majormoen» er tilbake med sine verk og prosjekter.",
  );
  await expect(page.getByText("Angret sammenslåingen med «E. H. Majormoen».")).toBeVisible();
  await expect(page.getByRole("button", { name: "Angre sammenslåingen" })).toHaveCount(0);

  // The duplicate's page is back, with the work.
  const back = await visitor.request.get(`/personer/${DUPLICATE.slug}`, { maxRedirects: 0 });
  expect(back.status()).toBe(200);
  await visitor.goto(`/personer/${DUPLICATE.slug}`);
  await expect(visitor.getByRole("link", { name: /Et mentalt treningsstudio/ })).toBeVisible();
  await context.close();
});
