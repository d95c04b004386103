import { randomUUID } from "node:crypto";
import { expect, test, withDatabase } from "./fixtures";

// Merging two persons without JavaScript (issue 14): the editor page's combobox needs it, so the
// section links to /redaksjon/personer/<id>/slaa-sammen, which finds the other person by name,
// shows what moves and confirms with a plain form. Its own persons and work, so that it can run
// beside editor-merge-persons.spec.ts, whose beforeAll moves the seed's work.

test("without JavaScript an editor finds the other person by name, sees what moves and merges", async ({
  browser,
  adminState,
}) => {
  const kept = `e2e_${randomUUID().slice(0, 8)}`;
  const other = `e2e_${randomUUID().slice(0, 8)}`;
  const work = `e2e_${randomUUID().slice(0, 8)}`;
  await withDatabase(async (db) => {
    await db.query(
      `INSERT INTO "Person" (id, slug, "givenName", "familyName", "updatedAt")
       VALUES ($1, $2, 'Ingrid', 'Skriptløs', now()), ($3, $4, 'I.', 'Skriptløs', now())`,
      [kept, `ingrid-skriptlos-${kept}`, other, `i-skriptlos-${other}`],
    );
    await db.query(
      `INSERT INTO "Publication" (id, slug, title, type, status, "updatedAt")
       VALUES ($1, $2, 'Verk å slå sammen uten skript', 'rapport', 'draft', now())`,
      [work, `verk-uten-skript-${work}`],
    );
    await db.query(`INSERT INTO "PublicationContributor" ("publicationId", "personId", position) VALUES ($1, $2, 0)`, [
      work,
      other,
    ]);
  });
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/redaksjon/personer/${kept}`);
  await page.getByRole("link", { name: "slå sammen på en egen side" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Slå sammen med Ingrid Skriptløs");

  const name = page.getByLabel("Navn på personen som skal slås inn i denne");
  await name.fill("Finnesikke Skriptløs");
  await page.getByRole("button", { name: "Finn personen" }).click();
  await expect(page.getByText("Fant ingen andre personer som heter «Finnesikke Skriptløs».")).toBeVisible();
  await name.fill("skriptløs");
  await page.getByRole("button", { name: "Finn personen" }).click();
  const found = page.getByRole("region", { name: "Velg personen" });
  await expect(found.getByRole("link", { name: "Skriptløs, Ingrid" })).toHaveCount(0);
  await found.getByRole("link", { name: "Skriptløs, I." }).click();

  const confirmation = page.getByRole("form", { name: "Slå «I. Skriptløs» inn i «Ingrid Skriptløs»?" });
  await expect(confirmation).toContainText("1 verk flyttes fra I. Skriptløs til Ingrid Skriptløs.");
  await page.screenshot({ path: "test-results/merge-no-js.png", fullPage: true });
  await confirmation.getByRole("button", { name: "Slå sammen" }).click();
  await expect(page.getByRole("status")).toContainText("«I. Skriptløs» er slått sammen med Ingrid Skriptløs.");
  const rows = await withDatabase(async (db) => ({
    authors: (await db.query(`SELECT "personId" FROM "PublicationContributor" WHERE "publicationId" = $1`, [work]))
      .rows,
    trashed: (await db.query(`SELECT "deletedAt" IS NOT NULL AS trashed FROM "Person" WHERE id = $1`, [other])).rows,
  }));
  expect(rows).toEqual({ authors: [{ personId: kept }], trashed: [{ trashed: true }] });
  await page.getByRole("link", { name: "Til historikken" }).click();
  await expect(page.getByText("Sammenslåing: «I. Skriptløs» ble slått inn i denne personen (1 verk).")).toBeVisible();

  // A forged other id, and one that is no id, on the same page.
  await page.goto(`/redaksjon/personer/${kept}/slaa-sammen?med=c0000000000000000000000000`);
  await expect(page.getByRole("alert").filter({ hasText: "Fant ikke personen" })).toBeVisible();
  expect((await page.goto(`/redaksjon/personer/${kept}/slaa-sammen?med=%00`))?.status()).toBe(404);
  await context.close();
});
