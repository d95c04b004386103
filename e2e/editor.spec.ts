import { expectNoAxeViolations } from "./axe";
import { createAccount, expect, logIn, test, withDatabase } from "./fixtures";
import { pick } from "./picker";

// Whole editor journeys: longer than a single page visit.
test.describe.configure({ timeout: 120_000 });

test(
  "an admin adds a work with two authors, publishes it, edits it, and restores an earlier version",
  { tag: "@clock" },
  async ({ adminPage: page }) => {
    const title = `Selvhjelp i bygda ${Date.now()}`;
    await page.goto("/redaksjon/publikasjoner/ny");
    await page.getByLabel("Tittel (må fylles ut)").fill(title);
    await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
    await page.getByLabel("År", { exact: true }).fill("2025");
    const authors = page.getByRole("group", { name: "Forfattere" });
    await pick(authors, "Legg til en person som finnes", "Gotaas", "Gotaas, Nora");
    await authors.getByLabel("Fornavn til ny person").fill("Åse");
    await authors.getByLabel("Etternavn til ny person").fill("Ørnes");
    await authors.getByRole("button", { name: "Legg til ny" }).click();
    // Reorder with the keyboard-operable buttons: the new author first.
    await authors.getByRole("button", { name: "Flytt Åse Ørnes (ny) opp" }).click();
    await page.getByLabel("Sammendrag", { exact: true }).fill("Om **selvhjelpsgrupper** i små kommuner.");
    await expect(page.getByRole("region", { name: "Forhåndsvisning" }).locator("strong")).toHaveText(
      "selvhjelpsgrupper",
    );
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
    const editUrl = page.url();

    // The editor previews the draft exactly as the public page will show it.
    await page.getByRole("link", { name: "Forhåndsvis" }).click();
    await expect(page.getByText("Forhåndsvisning for redaktører")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.getByRole("link", { name: "Avslutt forhåndsvisningen" }).click();
    await expect(page).toHaveURL(/\/redaksjon$/);
    await page.goto(editUrl);

    // A draft is not public.
    const slug = title.toLowerCase().replace(/\s+/g, "-");
    const visitor = await page.context().browser()!.newContext();
    const visitorPage = await visitor.newPage();
    expect((await visitorPage.goto(`/publikasjoner/${slug}`))?.status()).toBe(404);
    await visitorPage.goto("/publikasjoner");
    await expect(visitorPage.getByText(title)).toHaveCount(0);
    const apiTitles = async () =>
      (
        (await (await visitorPage.request.get("/api/v1/publications?type=rapport&fra=2025")).json()) as {
          data: { title: string }[];
        }
      ).data.map((p) => p.title);
    const feedHas = async () => (await (await visitorPage.request.get("/feed.xml")).text()).includes(title);
    expect(await apiTitles()).not.toContain(title);
    expect(await feedHas()).toBe(false);

    // Publish: visible in the very next request.
    await page.getByRole("button", { name: "Publiser" }).click();
    await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();
    await visitorPage.goto("/publikasjoner");
    await expect(visitorPage.getByRole("link", { name: title })).toBeVisible();
    await visitorPage.goto(`/publikasjoner/${slug}`);
    await expect(visitorPage.getByText("Åse Ørnes og Nora Gotaas")).toBeVisible();
    expect(await apiTitles()).toContain(title);
    expect(await feedHas()).toBe(true);

    // Edit and see it at once.
    await page.goto(editUrl);
    await page.getByLabel("Undertittel").fill("En studie av grupper på tvers");
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Lagret (versjon 2).")).toBeVisible();
    await visitorPage.goto(`/publikasjoner/${slug}`);
    await expect(visitorPage.getByRole("heading", { level: 1 })).toContainText("En studie av grupper på tvers");

    // A new address keeps the old one working with a permanent redirect.
    await page.getByLabel("Adresse (slug)").fill(`${slug}-ny`);
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Lagret (versjon 3).")).toBeVisible();
    const old = await visitorPage.request.get(`/publikasjoner/${slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(old.headers().location).toContain(`/publikasjoner/${slug}-ny`);
    await page.getByLabel("Adresse (slug)").fill(slug);
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByText("Lagret (versjon 4).")).toBeVisible();

    // History shows the change; restoring version 1 makes a new version.
    await page.getByRole("link", { name: "Historikk" }).click();
    await expect(page.getByRole("row", { name: /Undertittel/ })).toContainText("En studie av grupper på tvers");
    await page.getByRole("button", { name: "Gjenopprett versjon 1" }).click();
    await expect(page.getByText("Gjenopprettet som en ny versjon.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Versjon 5 (gjeldende)" })).toBeVisible();
    await visitorPage.goto(`/publikasjoner/${slug}`);
    await expect(visitorPage.getByRole("heading", { level: 1 })).not.toContainText("En studie av grupper på tvers");

    // Trash hides it; an admin restores it.
    await page.goto(editUrl);
    await page.getByRole("button", { name: "Flytt til papirkurven …" }).click();
    await page.getByRole("button", { name: "Ja, flytt" }).click();
    await expect(page.getByText("Flyttet til papirkurven. En administrator kan hente den tilbake.")).toBeVisible();
    expect((await visitorPage.goto(`/publikasjoner/${slug}`))?.status()).toBe(404);
    await page.goto("/redaksjon/papirkurv");
    await page.getByRole("button", { name: `Hent tilbake ${title}` }).click();
    await expect(page.getByText("Hentet tilbake fra papirkurven.")).toBeVisible();
    await visitorPage.goto(`/publikasjoner/${slug}`);
    await expect(visitorPage.getByRole("heading", { level: 1 })).toContainText(title);
    await visitor.close();
  },
);

test("two editors save the same entry: the second gets a conflict, not an overwrite", async ({
  adminPage: first,
  browser,
  adminState,
}) => {
  const secondContext = await browser.newContext({ storageState: adminState });
  const second = await secondContext.newPage();
  await first.goto("/redaksjon/publikasjoner?q=Hjelper");
  await first.getByRole("link", { name: "Hjelper selvhjelp?" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Hjelper selvhjelp?");
  await second.goto(first.url());
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Hjelper selvhjelp?");

  await first.getByLabel("Merknad", { exact: true }).fill("Merknad fra den første redaktøren.");
  await first.getByRole("button", { name: "Lagre" }).click();
  await expect(first.getByText(/Lagret \(versjon \d+\)/)).toBeVisible();

  await second.getByLabel("Merknad", { exact: true }).fill("Merknad fra den andre redaktøren.");
  await second.getByRole("button", { name: "Lagre" }).click();
  const conflict = second.getByRole("region", { name: "Noen andre har lagret denne oppføringen" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText("Merknad fra den første redaktøren.")).toBeVisible();
  await expect(conflict.getByText("Merknad fra den andre redaktøren.")).toBeVisible();
  await expectNoAxeViolations(second);
  // Keep the colleague's text, then save the merge.
  await conflict
    .getByRole("group", { name: "Merknad" })
    .getByLabel(/Lagret versjon/)
    .check();
  await conflict.getByRole("button", { name: "Lagre med valgene mine" }).click();
  await expect(second.getByText(/Lagret \(versjon \d+\)/)).toBeVisible();
  await expect(second.getByLabel("Merknad", { exact: true })).toHaveValue("Merknad fra den første redaktøren.");
  await secondContext.close();
});

test("markup and script in titles and markdown render as inert text", async ({ adminPage: page }) => {
  page.on("dialog", () => {
    throw new Error("A script ran");
  });
  const title = `<script>alert(1)</script><img src=x onerror=alert(2)> ${Date.now()}`;
  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("annet");
  await page
    .getByLabel("Sammendrag", { exact: true })
    .fill("[klikk](javascript:alert(3)) <img src=x onerror=alert(4)> <script>alert(5)</script>");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText(/Lagret \(versjon 1\)/)).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Publisert. Endringen vises på nettstedet nå.")).toBeVisible();
  await page.getByRole("link", { name: "Se den publiserte siden" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");
  const summary = page.getByRole("region", { name: "Sammendrag" });
  await expect(summary.locator("script, img")).toHaveCount(0);
  const href = await summary.getByText("klikk").getAttribute("href");
  expect(href ?? "").not.toContain("javascript:");
});

test("repeated wrong passwords lock the account with a clear message", async ({ page }) => {
  const account = await createAccount("editor", "sperret");
  await page.goto("/redaksjon/logg-inn");
  for (let attempt = 1; attempt <= 3; attempt++) {
    // React resets the form after each attempt; wait for that before typing again.
    await expect(page.getByLabel("Passord")).toHaveValue("");
    await page.getByLabel("E-post").fill(account.email);
    await page.getByLabel("Passord").fill("feil-passord-igjen");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText(
      attempt < 3 ? "Feil e-post eller passord." : /For mange mislykkede forsøk/,
    );
  }
  // Even the right password is refused while the account is locked.
  await expect(page.getByLabel("Passord")).toHaveValue("");
  await page.getByLabel("E-post").fill(account.email);
  await page.getByLabel("Passord").fill(account.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(/For mange mislykkede forsøk/);
});

test("a failed login is counted against the visitor's own address, not one the visitor names in a header", async ({
  page,
}) => {
  const account = await createAccount("editor", "adresse");
  // A new made-up address on every attempt would otherwise escape the lock per address.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.66", "x-real-ip": "203.0.113.67" });
  await page.goto("/redaksjon/logg-inn");
  await page.getByLabel("E-post").fill(account.email);
  await page.getByLabel("Passord").fill("feil-passord-igjen");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Feil e-post eller passord.");
  const addresses = await withDatabase(async (client) => {
    const { rows } = await client.query<{ ip: string }>(
      `SELECT ip FROM "AuditEvent" WHERE action = 'login_failed' AND detail->>'email' = $1`,
      [account.email],
    );
    return rows.map((row) => row.ip);
  });
  // The browser's own connection, on this machine.
  expect(addresses).toHaveLength(1);
  expect(["127.0.0.1", "::1", "::ffff:127.0.0.1"]).toContain(addresses[0]);
});

test("logging out ends the session on the server, and the old cookie no longer works", async ({ browser }) => {
  const account = await createAccount("editor", "utlogging");
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, account);
  const stolen = await context.storageState();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/redaksjon\/logg-inn$/);
  const replay = await browser.newContext({ storageState: stolen });
  const replayPage = await replay.newPage();
  await replayPage.goto("/redaksjon");
  await expect(replayPage).toHaveURL(/\/redaksjon\/logg-inn$/);
  await replay.close();
  await context.close();
});

test("the editors' pages have no WCAG 2.1 AA violations, and login works from the keyboard", async ({
  page,
  adminPage,
  admin,
}) => {
  await page.goto("/redaksjon/logg-inn");
  await expectNoAxeViolations(page);
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-post")).toBeFocused();
  await page.keyboard.type(admin.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(admin.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${admin.name}`);

  for (const path of [
    "/redaksjon",
    "/redaksjon/publikasjoner",
    "/redaksjon/publikasjoner/ny",
    "/redaksjon/papirkurv",
  ]) {
    await adminPage.goto(path);
    await expectNoAxeViolations(adminPage);
  }
  await adminPage.goto("/redaksjon/publikasjoner?q=Takk");
  await adminPage.getByRole("link", { name: "«Takk for tilliten»" }).click();
  await expectNoAxeViolations(adminPage);
});

test("visitors without a session are sent to the login page", async ({ page }) => {
  for (const path of [
    "/redaksjon",
    "/redaksjon/publikasjoner/ny",
    "/redaksjon/papirkurv",
    "/redaksjon/personer/x/nva",
  ]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/redaksjon\/logg-inn$/);
  }
});

test("visitors get public pages from the front cache, while an editor's requests always reach the app", async ({
  adminPage: page,
  browser,
}) => {
  const visitor = await browser.newContext();
  // Saves in other tests empty the cache at any moment: ask until the page comes from it.
  await expect.poll(async () => (await visitor.request.get("/om")).headers()["x-front-cache"]).toBe("HIT");
  for (let i = 0; i < 2; i++) {
    const response = await page.request.get("/om");
    expect(response.ok()).toBe(true);
    expect(response.headers()["x-front-cache"]).toBeUndefined();
  }
  await visitor.close();
});
