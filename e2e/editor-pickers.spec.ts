import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

// The form's pickers search on the server as the editor types (issue 11): a combobox that works
// from the keyboard alone, whose choices are saved; without JavaScript the chosen values still show.

test("an editor chooses an author, a topic and an institution by typing, from the keyboard, and saves", async ({
  adminPage: page,
  adminState,
  browser,
}) => {
  const title = `Valgt med tastaturet ${Date.now()}`;
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");

  const authors = page.getByRole("group", { name: "Forfattere" });
  const person = authors.getByRole("combobox", { name: "Legg til en person som finnes" });
  await person.fill("gotaas");
  await expect(authors.getByRole("option", { name: "Gotaas, Nora" })).toBeVisible();
  await expect(person).toHaveAttribute("aria-expanded", "true");
  await person.press("ArrowDown");
  await expect(authors.getByRole("option", { name: "Gotaas, Nora" })).toHaveAttribute("aria-selected", "true");
  await person.press("Enter");
  await expect(authors.getByText("1. Gotaas, Nora")).toBeVisible();
  await expect(person).toHaveValue("");
  // Someone already chosen is not offered again; a search without matches says so.
  await person.fill("gotaas");
  await expect(authors.getByText("Ingen treff.")).toBeVisible();
  await person.press("Escape");
  await expect(person).toHaveAttribute("aria-expanded", "false");

  const topics = page.getByRole("group", { name: "Emner" });
  await topics.getByRole("combobox", { name: "Legg til emner" }).fill("empower");
  await topics.getByRole("option", { name: "Empowerment" }).click();
  await expect(topics.getByRole("button", { name: "Fjern Empowerment" })).toBeVisible();

  const institution = page.getByRole("group", { name: "Institusjon" });
  await institution.getByRole("combobox", { name: "Søk etter institusjon" }).fill("oslomet");
  await institution.getByRole("option", { name: "OsloMet" }).click();
  await expect(institution.getByText("Valgt: OsloMet")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  // The saved form names what it refers to.
  await expect(authors.getByText("1. Gotaas, Nora")).toBeVisible();
  await expect(topics.getByText("Empowerment")).toBeVisible();
  await expect(institution.getByText("Valgt: OsloMet")).toBeVisible();

  // Without JavaScript (which saving the form needs too) the form shows the chosen values from the server.
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(page.url());
  await expect(noScript.getByRole("group", { name: "Forfattere" }).getByText("1. Gotaas, Nora")).toBeVisible();
  await expect(noScript.getByRole("group", { name: "Emner" }).getByText("Empowerment")).toBeVisible();
  await expect(noScript.getByRole("group", { name: "Institusjon" }).getByText("Valgt: OsloMet")).toBeVisible();
  await context.close();
});

test("the pickers' search answers only editors", async ({ playwright, baseURL }) => {
  const visitor = await playwright.request.newContext({ baseURL });
  // A visitor without a session cookie is sent to the login page (proxy.ts); one with a forged cookie gets a 401.
  const redirected = await visitor.get("/redaksjon/valg?sett=persons&q=gotaas", { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  const forged = await visitor.get("/redaksjon/valg?sett=persons&q=gotaas", {
    headers: { cookie: "authjs.session-token=forged" },
  });
  expect(forged.status()).toBe(401);
  expect(await forged.text()).not.toContain("Gotaas");
  await visitor.dispose();
});
