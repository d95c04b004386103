import { expect, test } from "@playwright/test";

test("a visitor goes from the front page to a work, its project, a team member and back", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Selvhjelp Forskning");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forskning på selvorganisert selvhjelp");
  await expect(page.getByText("Noe av det som har hjulpet meg er å finne meg selv i andre")).toBeVisible();

  await page.getByRole("link", { name: "Se hele forskningsoversikten" }).click();
  await expect(page).toHaveURL(/\/publikasjoner$/);
  await expect(page).toHaveTitle("Publikasjoner – Selvhjelp Forskning");
  await expect(page.getByText("15 publikasjoner")).toBeVisible();
  const titles = page.locator("ul li h3");
  await expect(titles.first()).toContainText("Self-help and self-help groups");
  await expect(titles.last()).toContainText("The skills of helping");

  await page.getByRole("link", { name: /«Takk for tilliten»/ }).click();
  await expect(page).toHaveURL(/\/publikasjoner\/takk-for-tilliten$/);
  await expect(page).toHaveTitle("«Takk for tilliten» – Selvhjelp Forskning");
  await expect(page.getByTestId("apa-referanse")).toContainText(
    "Gotaas, N. (2020). «Takk for tilliten»: Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper [Doktorgradsavhandling, Sosialantropologisk institutt, Universitetet i Oslo].",
  );
  await expect(page.getByRole("link", { name: "Les hele avhandlingen (pdf)" })).toHaveAttribute(
    "href",
    "https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/nora-gotaas.pdf",
  );

  await page.getByRole("link", { name: "Endringsarbeid i selvhjelpsgrupper" }).first().click();
  await expect(page).toHaveURL(/\/prosjekter\/endringsarbeid-i-selvhjelpsgrupper$/);
  const team = page.getByRole("region", { name: "Forskningsteamet" });
  await expect(team.getByRole("listitem").filter({ hasText: "Marte Feiring" }).first()).toContainText(
    "(i en del av prosjektperioden)",
  );
  await expect(team).toContainText("Nora Gotaas – prosjektleder");

  await team.getByRole("link", { name: "Nora Gotaas" }).click();
  await expect(page).toHaveURL(/\/personer\/nora-gotaas$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nora Gotaas");
  await expect(page.getByRole("region", { name: "Publikasjoner" }).getByRole("link")).toHaveCount(2);

  await page.goBack();
  await expect(page).toHaveURL(/\/prosjekter\/endringsarbeid-i-selvhjelpsgrupper$/);
});

test(
  "the Litteraturhuset evening says its date is coming and links to Litteraturhuset",
  { tag: "@clock" },
  async ({ page, request }) => {
    await page.goto("/arrangementer");
    const upcoming = page.getByRole("region", { name: "Kommende" });
    await upcoming.getByRole("link", { name: "Kan vi oppleve livsmestring når livet føles håpløst?" }).click();
    await expect(page.getByText("Dato kommer", { exact: true })).toBeVisible();
    await expect(page.getByText("Wergelands vei 29, Oslo")).toBeVisible();
    await expect(page.getByRole("link", { name: /Informasjon og strømming/ })).toHaveAttribute(
      "href",
      "https://litteraturhuset.no/",
    );
    // No calendar file while the date is unknown.
    await expect(page.getByRole("link", { name: /Legg til i kalenderen/ })).toHaveCount(0);
    const ics = await request.get("/arrangementer/kan-vi-oppleve-livsmestring-nar-livet-foles-haplost/kalender.ics");
    expect(ics.status()).toBe(404);
  },
);

test("an event with a known date offers a calendar file", { tag: "@clock" }, async ({ page, request }) => {
  await page.goto("/arrangementer/disputas-nora-gotaas");
  await expect(page.getByText("onsdag 30. september 2020")).toBeVisible();
  const href = await page.getByRole("link", { name: /Legg til i kalenderen/ }).getAttribute("href");
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(await response.text()).toContain("DTSTART;VALUE=DATE:20200930");
});

test("an unknown address gives a helpful 404 page", async ({ page }) => {
  for (const path of ["/publikasjoner/finnes-ikke", "/prosjekter/finnes-ikke", "/personer/finnes-ikke", "/tull"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
    await expect(page.getByRole("link", { name: "Alle publikasjoner" })).toBeVisible();
  }
});

test("filters narrow the overview through the URL", async ({ page }) => {
  await page.goto("/publikasjoner");
  await page.getByLabel("Type").selectOption("rapport");
  await page.getByLabel("Fra").fill("2011");
  await page.getByRole("button", { name: "Vis treff" }).click();
  await expect(page).toHaveURL(/type=rapport/);
  await expect(page.getByText("2 publikasjoner")).toBeVisible();
  await page.goto("/publikasjoner?fra=tjue&type=ukjent");
  await expect(page.getByText("«tjue» er ikke et gyldig årstall")).toBeVisible();
  await expect(page.getByText("15 publikasjoner")).toBeVisible();
});

test("English titles are marked as English on a Norwegian page", async ({ page }) => {
  await page.goto("/publikasjoner/the-construction-of-self-help-management-in-norwegian-health-policy");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.locator('h1 [lang="en"]')).toHaveText(
    "The construction of self-help management in Norwegian health policy",
  );
});

test("forged host headers do not reach the pages that the front cache shares with every visitor", async ({
  request,
}) => {
  const forged = { "x-forwarded-host": "falsk.example", "x-forwarded-proto": "https" };
  for (const path of [
    "/",
    "/publikasjoner?q=forfalsket",
    "/publikasjoner/takk-for-tilliten",
    "/feed.xml",
    "/api/v1/publications",
  ]) {
    const response = await request.get(path, { headers: forged });
    expect(response.ok()).toBe(true);
    expect(await response.text()).not.toContain("falsk.example");
  }
});
