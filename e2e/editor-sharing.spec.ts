import { expect, test } from "./fixtures";

// A work's preview image follows its editor's saves: none while it is a draft (though a visitor
// asked for it then, and that answer was cached), one on publishing, a new one on a new title.
test.describe.configure({ timeout: 120_000 });

test("a work's preview image appears when it is published and changes with its title", async ({ adminPage: page }) => {
  const title = `Delingsbilde i bygda ${Date.now()}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const image = `/publikasjoner/${slug}/delingsbilde.png`;
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
  await page.getByLabel("År", { exact: true }).fill("2025");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  const editUrl = page.url();

  const visitor = await page.context().browser()!.newContext();
  const draft = await visitor.request.get(image);
  expect(draft.status()).toBe(404);
  expect(await draft.text()).not.toContain("Delingsbilde");

  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();
  const published = await visitor.request.get(image);
  expect(published.status()).toBe(200);
  expect(published.headers()["content-type"]).toBe("image/png");
  const before = await published.body();

  await page.goto(editUrl);
  await page.getByLabel("Tittel (må fylles ut)").fill(`${title} og i byen`);
  await page.getByLabel("Adresse (slug)").fill(slug);
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 2).")).toBeVisible();
  const after = await visitor.request.get(image);
  expect(after.status()).toBe(200);
  expect((await after.body()).equals(before)).toBe(false);
  await visitor.close();
});
