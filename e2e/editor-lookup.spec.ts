import { expectNoAxeViolations } from "./axe";
import { E2E_LOOKUP_PORT } from "./env";
import { createAccount, expect, logIn, test, withDatabase } from "./fixtures";
import { fixture, startStandIn, type StandIn } from "../test/lookup-stand-in";

// «Legg til med DOI, ISBN eller NVA-lenke»: the test server asks local stand-ins for doi.org,
// NVA and Open Library (playwright.config.ts), which answer from test/fixtures/lookup.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const SANDAUNET = "10.1111/j.1467-9566.2007.01041.x";
const ISBN = "9788202646578";
const NVA_AWAY = "0190a1b2c3d4-11111111-1111-4111-8111-111111111111";
const TEST_DOI = "10.5555/selvhjelp-uten-skript";

// «Hent fra NVA»: the synthetic person's works (test/fixtures/lookup), and a third made from them
// for a person found by name only.
const CRISTIN = "99999901";
const SYNTHETIC = JSON.parse(fixture("nva-search-contributor-synthetic.json"));
const [ARTICLE, REPORT] = SYNTHETIC.hits;
const NOTE = structuredClone(REPORT);
NOTE.identifier = "0190a1b2c3d4-00000000-0000-4000-8000-000000000003";
NOTE.id = `https://api.nva.unit.no/publication/${NOTE.identifier}`;
NOTE.entityDescription.mainTitle = "Syntetisk notat hentet uten skript";
NOTE.entityDescription.contributors = [
  {
    type: "Contributor",
    identity: { type: "Identity", name: "Annen Testperson" },
    role: { type: "Creator" },
    sequence: 1,
  },
];
const answer = (hits: unknown[], totalHits = hits.length) => ({
  body: JSON.stringify({ ...SYNTHETIC, totalHits, hits }),
});
const byNvaId = (hit: { identifier: string }) => `/nva/search/resources?id=${hit.identifier}&size=5`;

let standIn: StandIn;
test.beforeAll(async () => {
  standIn = await startStandIn(
    {
      [`/doi/${SANDAUNET}`]: { fixture: "doi-sandaunet-2008.csl.json" },
      [`/doi/${TEST_DOI}`]: { fixture: "doi-crossref-test-prefix.csl.json" },
      [`/nva/search/resources?isbn=${ISBN}&size=5`]: { fixture: "nva-search-isbn-samarbeid-om-selvhjelp.json" },
      [`/nva/search/resources?id=${NVA_AWAY}&size=5`]: { status: 503 },
      // 21 works, so that there is a second page; NVA is away when it is asked for.
      [`/nva/search/resources?contributor=${CRISTIN}&from=0&size=20`]: answer([ARTICLE, REPORT], 21),
      [`/nva/search/resources?contributor=${CRISTIN}&from=20&size=20`]: { status: 503 },
      [byNvaId(REPORT)]: answer([REPORT]),
      [`/nva/search/resources?contributor_name=Annen+Testperson&from=0&size=20`]: answer([NOTE]),
      [byNvaId(NOTE)]: answer([NOTE]),
    },
    E2E_LOOKUP_PORT,
  );
});
test.afterAll(async () => {
  await standIn.close();
});

const contributorsOf = (title: string) =>
  withDatabase(async (db) =>
    (
      await db.query(
        `SELECT p.slug FROM "Publication" w JOIN "PublicationContributor" c ON c."publicationId" = w.id
           JOIN "Person" p ON p.id = c."personId" WHERE w.title = $1 ORDER BY c.position`,
        [title],
      )
    ).rows.map((row: { slug: string }) => row.slug),
  );

test("an editor adds works by DOI and ISBN: the same preview as the import, a draft with its author matched", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, await createAccount("editor", "editor"));
  await page.goto("/redaksjon/importer");
  await page
    .getByRole("textbox", { name: "DOI, ISBN eller NVA-lenke" })
    .fill(`https://doi.org/${SANDAUNET}\nISBN 978-82-02-64657-8\n978-82-02-64657-9`);
  await page.getByRole("button", { name: "Finn publikasjonene" }).click();

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(page.getByText("3 poster: 1 ny, 1 duplikat, 1 avvist.")).toBeVisible();
  const article = rows.filter({ hasText: "The challenge of fitting in" });
  await expect(article).toContainText("Ny");
  await expect(article).toContainText("Tidsskriftartikkel");
  await expect(article.getByRole("listitem").filter({ hasText: "Anne-Grete Sandaunet" })).toContainText("finnes");
  const book = rows.filter({ hasText: "Samarbeid om selvhjelp" });
  await expect(book).toContainText("Samme DOI som «Samarbeid om selvhjelp» (2019), som finnes fra før.");
  await expect(book.getByRole("listitem").filter({ hasText: "Marte Feiring" })).toContainText("finnes");
  await expect(rows.filter({ hasText: "978-82-02-64657-9" })).toContainText(
    "Linje 3: «978-82-02-64657-9» er ikke et gyldig ISBN.",
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/lookup-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  await page.getByRole("link", { name: "The challenge of fitting in" }).click();
  await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue("The challenge of fitting in");
  expect(await contributorsOf("The challenge of fitting in")).toEqual(["anne-grete-sandaunet"]);
  // The service was asked as the portal, with its contact.
  expect(standIn.requests.find((r) => r.path.startsWith("/doi/"))?.headers["user-agent"]).toContain(
    "mailto:post@selvhjelp.no",
  );
  await context.close();
});

test("adding by identifier works without JavaScript, with a message for each line that failed", async ({
  browser,
  adminState,
}) => {
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/redaksjon/importer");
  await page
    .getByRole("textbox", { name: "DOI, ISBN eller NVA-lenke" })
    .fill(`doi:${TEST_DOI}\n10.1234/finnes-ikke\nhttps://nva.sikt.no/registration/${NVA_AWAY}`);
  await page.getByRole("button", { name: "Finn publikasjonene" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Uten skript" }).getByRole("listitem")).toContainText("finnes");
  await expect(rows.filter({ hasText: "10.1234/finnes-ikke" })).toContainText(
    "Linje 2: Fant ingen publikasjon med DOI 10.1234/finnes-ikke.",
  );
  await expect(rows.filter({ hasText: NVA_AWAY })).toContainText("Linje 3: NVA svarer ikke nå – prøv igjen senere.");
  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  expect(await contributorsOf("Uten skript")).toEqual(["marte-feiring"]);
  await context.close();
});

test("the preview offers «B. Aglen» for «Bjørg Aglen», and the editor links the work to her", async ({ adminPage }) => {
  await adminPage.goto("/redaksjon/importer");
  await adminPage
    .getByLabel("Lim inn BibTeX eller RIS")
    .fill("@article{testpost, title={Testpost for personvalg i nettleseren}, author={Aglen, Bjørg}, year={2013}}");
  await adminPage.getByRole("button", { name: "Forhåndsvis" }).click();
  const pick = adminPage.getByRole("combobox", { name: "Hvem er Bjørg Aglen?" });
  await expect(pick).toBeVisible();
  await pick.selectOption({ label: "B. Aglen (finnes)" });
  await adminPage.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(adminPage.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  expect(await contributorsOf("Testpost for personvalg i nettleseren")).toEqual(["b-aglen"]);
});

test("an ORCID iD is checked in the person form and shown on the person's page", async ({ adminPage, browser }) => {
  const id = await withDatabase(
    async (db) => (await db.query(`SELECT id FROM "Person" WHERE slug = 'b-aglen'`)).rows[0].id as string,
  );
  await adminPage.goto(`/redaksjon/personer/${id}`);
  await adminPage.getByLabel("ORCID iD").fill("0000-0002-1825-0098");
  await adminPage.getByRole("button", { name: "Lagre" }).click();
  await expect(adminPage.getByText("ORCID iD-en har feil kontrollsiffer (det siste tegnet).")).toBeVisible();
  await adminPage.getByLabel("ORCID iD").fill("https://orcid.org/0000-0002-1825-0097");
  await adminPage.getByRole("button", { name: "Lagre" }).click();
  await expect(adminPage.getByText(/Lagret \(versjon \d+\)/)).toBeVisible();
  await expect(adminPage.getByLabel("ORCID iD")).toHaveValue("0000-0002-1825-0097");

  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto("/personer/b-aglen");
  await expect(page.getByRole("link", { name: "https://orcid.org/0000-0002-1825-0097" })).toHaveAttribute(
    "href",
    "https://orcid.org/0000-0002-1825-0097",
  );
  await visitor.close();
});

/** A draft person straight in the database, and the editor page's address. */
async function draftPerson(slug: string, givenName: string, familyName: string, cristinId: string | null) {
  const id = `e2e_${slug.replace(/-/g, "_")}`;
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Person" (id, slug, "givenName", "familyName", "cristinId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [id, slug, givenName, familyName, cristinId],
    ),
  );
  return `/redaksjon/personer/${id}`;
}

test("«Hent fra NVA» lists a person's works by Cristin id, marks the one the portal has and imports a chosen one", async ({
  adminPage: page,
}) => {
  const personPage = await draftPerson("syntetisk-testperson", "Syntetisk", "Testperson", CRISTIN);
  await withDatabase((db) =>
    db.query(
      `INSERT INTO "Publication" (id, slug, title, type, year, doi, status, "updatedAt")
         VALUES ('e2e_lagret_nva', 'lagret-med-samme-doi', 'Lagret med samme DOI', 'tidsskriftartikkel', 2021, $1, 'draft', now())`,
      ["10.5555/syntetisk-nva-1"],
    ),
  );
  await page.goto(personPage);
  await page.getByRole("link", { name: "Hent fra NVA" }).click();
  await expect(page.getByRole("heading", { name: "Hent fra NVA: Syntetisk Testperson" })).toBeVisible();
  await expect(page.getByText("Verkene som er registrert på Cristin-id 99999901 i NVA")).toBeVisible();
  await expect(page.getByText("21 verk i NVA, side 1 av 2.")).toBeVisible();
  const works = page.getByRole("listitem");
  const article = works.filter({ hasText: "Syntetisk testartikkel om likemannsarbeid" });
  await expect(article).toContainText("Tidsskriftartikkel, 2021 · Med Fiktiv Medforfatter");
  await expect(article).toContainText("Institusjon i NVA: Syntetisk høgskole");
  await expect(article).toContainText(
    "Finnes i portalen: Samme DOI som «Lagret med samme DOI» (2021), som finnes fra før.",
  );
  await expect(article.getByRole("link", { name: "Åpne verket" })).toHaveAttribute(
    "href",
    "/redaksjon/publikasjoner/e2e_lagret_nva",
  );
  await expect(works.filter({ hasText: "Syntetisk testrapport om selvhjelpsgrupper" })).not.toContainText("Finnes");

  // Nothing ticked: a message, nothing asked.
  await page.getByRole("button", { name: "Forhåndsvis de valgte" }).click();
  await expect(page.getByText("Kryss av for minst ett verk du vil hente.")).toBeVisible();

  await page.getByRole("checkbox", { name: "Syntetisk testrapport om selvhjelpsgrupper" }).check();
  await page.getByRole("button", { name: "Forhåndsvis de valgte" }).click();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2);
  const report = rows.filter({ hasText: "Syntetisk testrapport om selvhjelpsgrupper" });
  await expect(report).toContainText("Ny");
  await expect(report.getByRole("listitem").filter({ hasText: "Syntetisk Testperson" })).toContainText("finnes");
  await expect(page.getByRole("checkbox", { name: "Syntetisk testrapport om selvhjelpsgrupper" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/nva-person-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  expect(await contributorsOf("Syntetisk testrapport om selvhjelpsgrupper")).toEqual([
    "fiktiv-medforfatter",
    "syntetisk-testperson",
  ]);

  // The next page, while NVA is away.
  await page.goto(`${personPage}/nva`);
  await expect(
    works.filter({ hasText: "Syntetisk testrapport om selvhjelpsgrupper" }).getByText("Finnes i portalen"),
  ).toBeVisible();
  await page.getByRole("link", { name: "Vis flere" }).click();
  await expect(page).toHaveURL(/\/nva\?side=2$/);
  await expect(page.getByRole("alert").filter({ hasText: "NVA" })).toHaveText(
    "NVA svarer ikke nå – prøv igjen senere.",
  );
});

test("«Hent fra NVA» by name works without JavaScript, and refuses a page that is no number", async ({
  browser,
  adminState,
}) => {
  const personPage = await draftPerson("annen-testperson", "Annen", "Testperson", null);
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${personPage}/nva`);
  await expect(page.getByText("Verkene med en bidragsyter som heter «Annen Testperson» i NVA")).toBeVisible();
  await expect(page.getByText("1 verk i NVA.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Syntetisk notat hentet uten skript" }).check();
  await page.getByRole("button", { name: "Forhåndsvis de valgte" }).click();
  const row = page.getByRole("table").getByRole("row").filter({ hasText: "Syntetisk notat hentet uten skript" });
  await expect(row.getByRole("listitem").filter({ hasText: "Annen Testperson" })).toContainText("finnes");
  await page.getByRole("button", { name: "Importer 1 post som utkast" }).click();
  await expect(page.getByRole("heading", { name: "1 utkast er opprettet" })).toBeVisible();
  expect(await contributorsOf("Syntetisk notat hentet uten skript")).toEqual(["annen-testperson"]);

  for (const bad of ["?side=0", "?side=abc", "?side=1&side=2"])
    expect((await page.goto(`${personPage}/nva${bad}`))?.status()).toBe(404);
  expect((await page.goto("/redaksjon/organisasjoner/e2e_annen_testperson/nva"))?.status()).toBe(404);
  await context.close();
});
