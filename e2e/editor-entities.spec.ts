import { pick } from "./picker";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

// Editors create and change events and projects in the browser; visitors see the result.
test.describe.configure({ timeout: 120_000 });

test(
  "an editor adds an event with a date, publishes it, and visitors see the Norwegian date and time",
  { tag: "@clock" },
  async ({ adminPage: page }) => {
    const title = `Samtalekveld om selvhjelp ${Date.now()}`;
    await page.goto("/redaksjon/arrangementer/ny");
    await page.getByLabel("Tittel (må fylles ut)").fill(title);
    await page.getByLabel("Kort sammendrag").fill("Forskere og deltakere forteller.");
    // Summer time in Oslo (UTC+2): stored as 16:00 UTC, shown as 18:00.
    await page.getByLabel("Starter").fill("2027-04-08T18:00");
    await page.getByLabel("Slutter").fill("2027-04-08T20:00");
    await page.getByLabel("Sted", { exact: true }).fill("Litteraturhuset i Oslo");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
    await expect(page.getByLabel("Starter")).toHaveValue("2027-04-08T18:00");
    await page.getByRole("button", { name: "Publiser" }).click();
    await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();

    await page.goto("/arrangementer");
    const card = page.getByRole("region", { name: "Kommende" }).getByRole("listitem").filter({ hasText: title });
    await expect(card).toContainText("torsdag 8. april 2027 kl. 18:00–20:00");
    await card.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("torsdag 8. april 2027 kl. 18:00–20:00")).toBeVisible();
  },
);

test(
  "an editor adds a stream link to the Litteraturhuset evening and visitors get it",
  { tag: "@clock" },
  async ({ adminPage: page }) => {
    const title = "Kan vi oppleve livsmestring når livet føles håpløst?";
    const stream = "https://litteraturhuset.no/strom/livsmestring";
    await page.goto("/redaksjon/arrangementer");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByLabel("Starter")).toHaveValue("");
    await page.getByLabel("Lenke til strømmingen").fill(stream);
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText(/Lagret \(versjon \d+\)\. Endringen vises på nettstedet nå\./)).toBeVisible();

    await page.goto("/arrangementer/kan-vi-oppleve-livsmestring-nar-livet-foles-haplost");
    await expect(page.getByRole("link", { name: "Se strømmingen" })).toHaveAttribute("href", stream);
    await expect(page.getByText("Dato kommer", { exact: true })).toBeVisible();
  },
);

test("an editor builds a project team with a member at two places, and visitors see the team", async ({
  adminPage: page,
}) => {
  await page.goto("/redaksjon/prosjekter/ny");
  const members = page.getByRole("group", { name: "Medlemmer", exact: true });
  await pick(members, "Legg til en person som finnes", "Gotaas", "Gotaas, Nora");
  const gotaas = members.getByRole("group", { name: "1. Gotaas, Nora" });
  await gotaas.getByRole("button", { name: "Legg til arbeidssted for Gotaas, Nora" }).click();

  // Saving too early shows each message at its own field, and the form stays accessible.
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Tittel må fylles ut.")).toBeVisible();
  await expect(gotaas.getByText("Velg en organisasjon.")).toBeVisible();
  await expectNoAxeViolations(page);

  const title = `Grupper på tvers i bygd og by ${Date.now()}`;
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Startår").fill("2024");
  await gotaas.getByLabel("Rolle").fill("Prosjektleder");
  await pick(gotaas, "Arbeidssted 1", "NIBR", "Norsk institutt for by- og regionforskning (NIBR)");
  await gotaas.getByRole("button", { name: "Legg til arbeidssted for Gotaas, Nora" }).click();
  await pick(gotaas, "Arbeidssted 2", "OsloMet", "OsloMet");
  await gotaas.getByLabel("Merknad til arbeidssted 2").fill("i en del av prosjektperioden");
  // Reorder from the keyboard: OsloMet first.
  await gotaas.getByRole("button", { name: "Flytt arbeidssted 2 for Gotaas, Nora opp" }).focus();
  await page.keyboard.press("Enter");
  await expect(gotaas.getByLabel("Merknad til arbeidssted 1")).toHaveValue("i en del av prosjektperioden");
  await members.getByLabel("Fornavn til ny person").fill("Kari");
  await members.getByLabel("Etternavn til ny person").fill("Nordmann");
  await members.getByRole("button", { name: "Legg til ny" }).click();
  await members.getByRole("group", { name: "2. Kari Nordmann (ny)" }).getByLabel("Rolle").fill("Forsker");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  await expect(page.getByRole("group", { name: "2. Nordmann, Kari" })).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();
  await page.getByRole("link", { name: "Se den publiserte siden" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const team = page.getByRole("region", { name: "Forskningsteamet" });
  const first = team.getByRole("listitem").filter({ hasText: "Nora Gotaas" }).first();
  await expect(first).toContainText("Nora Gotaas – prosjektleder");
  await expect(first.getByRole("listitem")).toHaveText([
    "OsloMet (i en del av prosjektperioden)",
    "Norsk institutt for by- og regionforskning (NIBR)",
  ]);
  await expect(team).toContainText("Kari Nordmann – forsker");
});

const SEGMENTS = ["prosjekter", "personer", "organisasjoner", "arrangementer", "emner", "sider"];

for (const segment of SEGMENTS) {
  test(`the new and edit forms at /redaksjon/${segment} have no WCAG 2.1 AA violations`, async ({
    adminPage: page,
  }) => {
    await page.goto(`/redaksjon/${segment}/ny`);
    await expect(page.getByRole("button", { name: "Lagre" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/redaksjon/${segment}?sorter=tittel`);
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByRole("link", { name: "Historikk" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
