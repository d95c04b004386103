import http from "node:http";
import { pick } from "./picker";
import { seedData } from "../prisma/seed/data";
import { E2E_PURGE_PORT } from "./env";
import { expect, test } from "./fixtures";

// A CDN in front: public responses name what they are about in Cache-Tag and Surrogate-Key, and
// every save posts the tags of what it changed to PURGE_URL, which the test server is given
// (playwright.config.ts) and this file answers as a CDN's purge API would.
test.describe.configure({ mode: "serial", timeout: 120_000 });

let purges: { tags: string[]; surrogateKey: string }[] = [];
let receiver: http.Server;

test.beforeAll(async () => {
  receiver = http.createServer(async (request, response) => {
    let body = "";
    for await (const chunk of request) body += chunk;
    purges.push({
      tags: (JSON.parse(body) as { tags: string[] }).tags,
      surrogateKey: String(request.headers["surrogate-key"]),
    });
    response.writeHead(200, { "content-type": "application/json" }).end('{"success":true}');
  });
  await new Promise<void>((resolve) => receiver.listen(E2E_PURGE_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

const work = seedData.publications.find((w) => (w.authors?.length ?? 0) >= 2 && w.projects?.length)!;
const person = seedData.persons.find((p) => p.slug === work.authors![0])!;
const project = seedData.projects.find((p) => p.slug === work.projects![0])!;
const event = seedData.events[0]!;

test("every public page type names what it is about, and lists say they are lists", async ({ request }) => {
  const expected: [string, string][] = [
    [`/publikasjoner/${work.slug}`, `publikasjon:${work.slug}`],
    [`/personer/${person.slug}`, `person:${person.slug}`],
    [`/prosjekter/${project.slug}`, `prosjekt:${project.slug}`],
    [`/organisasjoner/${seedData.organisations[0]!.slug}`, `organisasjon:${seedData.organisations[0]!.slug}`],
    [`/arrangementer/${event.slug}`, `arrangement:${event.slug}`],
    [`/api/v1/publications/${work.slug}`, `publikasjon:${work.slug}`],
    [`/publikasjoner/${work.slug}/referanse.bib`, `publikasjon:${work.slug}`],
    [`/publikasjoner/${work.slug}/referanse.ris`, `publikasjon:${work.slug}`],
    [`/publikasjoner/${work.slug}/referanse.json`, `publikasjon:${work.slug}`],
    ["/arrangementer/disputas-nora-gotaas/kalender.ics", "arrangement:disputas-nora-gotaas"],
    ["/om", "tekstside:om"],
    ["/", "lister"],
    ["/prosjekter", "lister"],
    ["/arrangementer", "lister"],
    ["/feed.xml", "lister"],
    ["/sitemap.xml", "lister"],
  ];
  for (const [path, tag] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const tags = response.headers()["cache-tag"]?.split(",") ?? [];
    expect(tags, path).toContain(tag);
    expect(tags, path).toContain("selvhjelp");
    expect(response.headers()["surrogate-key"]?.split(" "), path).toEqual(tags);
  }
  // What a CDN may not keep carries none: a search, and the editors' pages.
  for (const path of ["/publikasjoner?q=selvhjelp", "/publikasjoner/treff.bib?q=selvhjelp", "/redaksjon/logg-inn"])
    expect((await request.get(path)).headers()["cache-tag"], path).toBeUndefined();
});

test("a save purges the entry, its old and new address, its authors and the lists; and nothing unrelated", async ({
  adminPage: page,
}) => {
  const title = `Selvhjelp og CDN ${Date.now()}`;
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  const purgedWith = async (...tags: string[]) =>
    expect
      .poll(() => purges.some((purge) => tags.every((tag) => purge.tags.includes(tag))), {
        timeout: 15_000,
        message: tags.join(" "),
      })
      .toBe(true);

  await page.goto("/redaksjon/publikasjoner/ny");
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  await page.getByLabel("Type (må fylles ut)").selectOption("rapport");
  const authors = page.getByRole("group", { name: "Forfattere" });
  const personLabel = `${person.familyName}, ${person.givenName}`;
  await pick(authors, "Legg til en person som finnes", `${person.givenName} ${person.familyName}`, personLabel);
  purges = [];
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 1). Oppføringen er et utkast.")).toBeVisible();
  // A new work: its address (a CDN may keep its 404), its author's page, and every list.
  await purgedWith(`publikasjon:${slug}`, `person:${person.slug}`, "lister");
  const first = purges.find((purge) => purge.tags.includes(`publikasjon:${slug}`))!;
  expect(first.surrogateKey.split(" ")).toEqual(first.tags);
  // Only what the work touches: another author's page and another work stay in the CDN.
  const unrelated = seedData.publications.find(
    (w) => !w.authors?.includes(person.slug) && !w.editors?.includes(person.slug),
  )!;
  expect(first.tags).not.toContain(`publikasjon:${unrelated.slug}`);
  expect(first.tags).not.toContain("selvhjelp");

  // A new address: the old one and the new one.
  purges = [];
  await page.getByLabel("Adresse (slug)").fill(`${slug}-ny`);
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 2). Oppføringen er et utkast.")).toBeVisible();
  await purgedWith(`publikasjon:${slug}`, `publikasjon:${slug}-ny`, `person:${person.slug}`, "lister");

  // An author taken away: their page no longer lists the work, so it is purged too.
  purges = [];
  await authors.getByRole("button", { name: `Fjern ${person.familyName}, ${person.givenName}`, exact: true }).click();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Lagret (versjon 3). Oppføringen er et utkast.")).toBeVisible();
  await purgedWith(`publikasjon:${slug}-ny`, `person:${person.slug}`);
});
