import { expect, test } from "./fixtures";

// An editor attaches files to a work on its editor page («Vedlegg»), and visitors get them from
// the public page. The upload and the removal are plain forms: they work without JavaScript.
test.describe.configure({ timeout: 120_000 });

// A small, valid PDF (one empty page), made here rather than kept as a binary file.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
    "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\nxref\n0 4\n0000000000 65535 f \n" +
    "trailer <</Size 4 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n",
);

async function newPublishedReport(page: import("@playwright/test").Page, title: string): Promise<string> {
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
  await page.getByLabel("År", { exact: true }).fill("2025");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();
  return page.url().split("?")[0]!;
}

test("an editor attaches a PDF to a report, and its public page offers it", async ({ adminPage: page }) => {
  const title = `Rapport med vedlegg ${Date.now()}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  await newPublishedReport(page, title);

  const block = page.locator("#vedlegg");
  await block
    .getByLabel(/^Fil/)
    .setInputFiles({ name: "Sluttrapport 2025.pdf", mimeType: "application/pdf", buffer: PDF });
  await block.getByRole("button", { name: "Last opp" }).click();
  await expect(block.getByRole("status")).toHaveText("Vedlegget er lagt til.");
  await expect(block.getByRole("link", { name: "Sluttrapport-2025" })).toBeVisible();

  const visitor = await page.context().browser()!.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/publikasjoner/${slug}`);
  const link = publicPage.getByRole("link", { name: "Les hele rapporten (PDF, 1 kB)" });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/filer\/[A-Za-z0-9_-]+\/Sluttrapport-2025\.pdf$/);
  await expect(publicPage.locator('meta[name="citation_pdf_url"]')).toHaveAttribute("content", new RegExp(`${href}$`));
  const file = await visitor.request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await file.body()).equals(PDF)).toBe(true);
  const ris = await visitor.request.get(`/publikasjoner/${slug}/referanse.ris`);
  expect(await ris.text()).toContain(`L1  - http://localhost:`);
  await visitor.close();
});

test("without JavaScript: refusals in Norwegian, and a removed file can be brought back", async ({
  adminPage: page,
  browser,
}) => {
  const title = `Rapport uten skript ${Date.now()}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const editUrl = await newPublishedReport(page, title);

  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noScript = await context.newPage();
  await noScript.goto(editUrl);
  const block = noScript.locator("#vedlegg");
  const upload = async (file: { name: string; mimeType: string; buffer: Buffer }, alt = "") => {
    await block.getByLabel(/^Fil/).setInputFiles(file);
    await block.getByLabel(/^Alternativ tekst/).fill(alt);
    await block.getByRole("button", { name: "Last opp" }).click();
  };

  await upload({ name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>ikke en PDF</html>") });
  await expect(block.getByRole("alert")).toContainText("Filen er verken en PDF eller et bilde");
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC",
    "base64",
  );
  await upload({ name: "bilde.png", mimeType: "image/png", buffer: png });
  await expect(block.getByRole("alert")).toContainText("Skriv en alternativ tekst");
  await expect(block.getByText("Ingen filer er lagt ved.")).toBeVisible();

  await upload({ name: "rapport.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(block.getByRole("status")).toHaveText("Vedlegget er lagt til.");
  await block.getByRole("button", { name: "Fjern rapport" }).click();
  await expect(block.getByRole("status")).toHaveText("Vedlegget er fjernet.");

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/publikasjoner/${slug}`);
  await expect(publicPage.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(publicPage.getByRole("link", { name: /Les hele rapporten/ })).toHaveCount(0);

  await block.getByRole("button", { name: "Hent tilbake rapport" }).click();
  await expect(block.getByRole("status")).toHaveText("Vedlegget er hentet tilbake.");
  await publicPage.reload();
  await expect(publicPage.getByRole("link", { name: "Les hele rapporten (PDF, 1 kB)" })).toBeVisible();
  await visitor.close();
  await context.close();
});
