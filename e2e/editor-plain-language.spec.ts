import { expect, test } from "./fixtures";

// An editor writes a work's «Kort fortalt», sees its word count and LIX while writing, saves and
// publishes it, and a visitor reads it first on the work's page. Without JavaScript the stored
// text's numbers are on the editor's page too (rendered by the server), and the history shows
// the change by the part's name.
test.describe.configure({ timeout: 120_000 });

test("an editor writes «Kort fortalt» with its LIX, and the public page shows it first", async ({
  adminPage: page,
  adminState,
  browser,
}) => {
  const title = `Kort fortalt i bygda ${Date.now()}`;
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
  // The form's sections are regions named by their headings (their ids have no spaces).
  const formSection = page.getByRole("region", { name: "Kort fortalt" });
  await expect(formSection.getByLabel("Hovedpunkter")).toBeVisible();
  const meter = formSection.getByTestId("lesbarhet");
  await expect(meter).toContainText("0 ord · LIX vises når du har skrevet noe.");

  // One key point is not enough.
  await page.getByLabel("Hovedpunkter").fill("Gruppa hjelper");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Skriv minst to hovedpunkter, ett per linje.")).toBeVisible();

  // 9 words in 3 sentences (each key point one), 2 of them long: 9 / 3 + 100 × 2 / 9 = 25.
  await page.getByLabel("Hovedpunkter").fill("Gruppa hjelper\nFolk deler erfaringer");
  await page.getByLabel("Hva fant forskerne?").fill("Det ble funnet mye.");
  await expect(meter).toContainText("9 ord · LIX 25: Svært lett å lese (målet er under 40)");
  // One hard sentence more: 12 words, 4 sentences, 5 long: 3 + 41.7 = 45.
  await page
    .getByLabel("Hva kan det bety for folk i selvhjelpsgrupper?")
    .fill("Selvhjelpsgruppedeltakelse muliggjør egenkraftmobilisering.");
  await expect(meter).toContainText(
    "12 ord · LIX 45: Middels vanskelig (målet er under 40: bruk kortere setninger og ord)",
  );
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  await expect(meter).toContainText("12 ord · LIX 45");
  const editUrl = page.url().split("?")[0]!;
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();

  const visitor = await browser.newContext();
  const work = await visitor.newPage();
  await work.goto(`/publikasjoner/${title.toLowerCase().replace(/\s+/g, "-")}`);
  expect((await work.locator("main h2").allInnerTexts())[0]).toBe("Kort fortalt");
  const section = work.getByRole("region", { name: "Kort fortalt" });
  await expect(section.getByRole("listitem")).toHaveText(["Gruppa hjelper", "Folk deler erfaringer"]);
  await expect(section.getByText("Skrevet av redaksjonen i Selvhjelp Norge")).toBeVisible();
  await expect(section.getByText("Det ble funnet mye.")).toBeVisible();
  await visitor.close();

  // Without JavaScript: the form holds the stored text, and the server has counted it.
  const noScript = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const form = await noScript.newPage();
  await form.goto(editUrl);
  await expect(form.getByLabel("Hovedpunkter")).toHaveValue("Gruppa hjelper\nFolk deler erfaringer");
  await expect(form.getByTestId("lesbarhet")).toContainText("12 ord · LIX 45: Middels vanskelig");
  await noScript.close();

  // The history names the part that changed.
  await page.getByLabel("Hva fant forskerne?").fill("Det ble funnet lite.");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 2).")).toBeVisible();
  await page.goto(`${editUrl}/historikk`);
  const change = page.getByRole("row", { name: /Hva fant forskerne\?/ });
  await expect(change.locator("del")).toHaveText("Det ble funnet mye.");
  await expect(change.locator("ins")).toHaveText("Det ble funnet lite.");
});
