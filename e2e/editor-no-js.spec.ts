import type { Browser, BrowserContext, Page } from "@playwright/test";
import { VERSION_INPUT } from "../lib/content/forms/form-data";
import { serializeForm } from "../test/serialize-form";
import { expect, test } from "./fixtures";

// The editor form saves without JavaScript too (issue 11): the browser posts it to a server
// action, and the pickers take a name typed in where the combobox needs a script. The tests
// share one seeded work, so they run one after the other.
test.describe.configure({ mode: "serial" });

const WORK = "Konkurrerende kunnskap syn om helse – ekspertise for hva og om hvem?";
const PUBLIC_PATH = "/publikasjoner/konkurrerende-kunnskap-syn-om-helse";

type SignedIn = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function withoutScript(browser: Browser, adminState: SignedIn): Promise<Page> {
  const context = await browser.newContext({ storageState: adminState, javaScriptEnabled: false });
  return context.newPage();
}

async function openWork(page: Page) {
  await page.goto(`/redaksjon/publikasjoner?q=${encodeURIComponent("Konkurrerende kunnskap")}`);
  await page.getByRole("link", { name: WORK }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Konkurrerende kunnskap");
}

test("without JavaScript an editor edits the title, removes and adds a topic and adds an author by name", async ({
  browser,
  adminState,
}) => {
  const page = await withoutScript(browser, adminState);
  await openWork(page);
  const title = `${WORK} (redigert uten JavaScript ${Date.now()})`;
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  const topics = page.getByRole("group", { name: "Emner" });
  await topics.getByRole("checkbox", { name: "Fjern Helsepolitikk" }).check();
  await topics.getByLabel("Legg til (skriv navnet)").fill("empowerment");
  const authors = page.getByRole("group", { name: "Forfattere" });
  await expect(authors.getByText("1. Hedlund, Marianne")).toBeVisible();
  await authors.getByLabel("Legg til (skriv navnet)").fill("Nora Gotaas");
  await page.getByRole("button", { name: "Lagre" }).click();

  await expect(page.getByText(/^Lagret \(versjon \d+\)\. Endringen vises på nettstedet nå\./)).toBeVisible();
  await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue(title);
  await expect(topics.getByText("Empowerment")).toBeVisible();
  await expect(topics.getByText("Helsepolitikk")).toHaveCount(0);
  // The list came back in its order, with the new author last; the editor is still there.
  await expect(authors.getByText("1. Hedlund, Marianne")).toBeVisible();
  await expect(authors.getByText("2. Gotaas, Nora")).toBeVisible();
  await expect(page.getByRole("group", { name: "Redaktører" }).getByText("1. Tjora, A.")).toBeVisible();

  await page.goto(PUBLIC_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const publicTopics = page.getByRole("region", { name: "Emner" });
  await expect(publicTopics.getByText("Empowerment")).toBeVisible();
  await expect(publicTopics.getByText("Helsepolitikk")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Nora Gotaas" })).toBeVisible();
  await page.context().close();
});

test("a name that is no one's gives a message, and what was typed stays in the form", async ({
  browser,
  adminState,
}) => {
  const page = await withoutScript(browser, adminState);
  await openWork(page);
  const title = `Skrevet før en skrivefeil ${Date.now()}`;
  await page.getByLabel("Tittel (må fylles ut)").fill(title);
  const authors = page.getByRole("group", { name: "Forfattere" });
  await authors.getByLabel("Legg til (skriv navnet)").fill("Nora Gotas");
  await page.getByRole("button", { name: "Lagre" }).click();

  await expect(page.getByRole("alert")).toHaveText("Skjemaet har feil. Se meldingene ved feltene.");
  await expect(authors.getByText("Fant ingen person som heter «Nora Gotas».")).toBeVisible();
  await expect(page.getByLabel("Tittel (må fylles ut)")).toHaveValue(title);
  await expect(authors.getByLabel("Legg til (skriv navnet)")).toHaveValue("Nora Gotas");
  // Nothing was saved.
  await page.goto(PUBLIC_PATH);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(title);
  await page.context().close();
});

test("a form that a colleague's save made stale is refused with the conflict, and overwrites nothing", async ({
  browser,
  adminState,
}) => {
  const mine = await withoutScript(browser, adminState);
  const theirs = await withoutScript(browser, adminState);
  await openWork(mine);
  await openWork(theirs);
  const their = `${WORK} (lagret av en kollega ${Date.now()})`;
  await theirs.getByLabel("Tittel (må fylles ut)").fill(their);
  await theirs.getByRole("button", { name: "Lagre" }).click();
  await expect(theirs.getByText(/^Lagret \(versjon \d+\)/)).toBeVisible();

  const my = `${WORK} (min utdaterte endring ${Date.now()})`;
  await mine.getByLabel("Tittel (må fylles ut)").fill(my);
  await mine.getByRole("button", { name: "Lagre" }).click();
  await expect(mine.getByRole("alert")).toContainText("Noen andre har lagret denne oppføringen mens du redigerte.");
  await expect(mine.getByLabel("Tittel (må fylles ut)")).toHaveValue(my);
  // Sending it again is refused again: the form still carries the version it was opened with.
  await mine.getByRole("button", { name: "Lagre" }).click();
  await expect(mine.getByRole("alert")).toContainText("Ingenting er overskrevet");
  await mine.goto(PUBLIC_PATH);
  await expect(mine.getByRole("heading", { level: 1 })).toHaveText(their);
  await mine.context().close();
  await theirs.context().close();
});

test("a forged or broken post of the form gets a Norwegian message, never a server error", async ({
  browser,
  adminState,
}) => {
  const page = await withoutScript(browser, adminState);
  await openWork(page);
  const html = await page.content();
  // The entry form as the browser would post it (the one that carries the version).
  const form = html.split("<form").find((part) => part.includes(`name="${VERSION_INPUT}"`)) ?? "";
  const posted = (edit: (data: FormData) => void) => {
    const data = serializeForm(form);
    edit(data);
    return page.request.post(page.url(), { multipart: data, headers: { accept: "text/html" } });
  };
  const cases: [string, (data: FormData) => void, string][] = [
    ["missing version", (d) => d.delete(VERSION_INPUT), "Skjemaet mangler versjonsnummer. Last siden på nytt."],
    ["version not a number", (d) => d.set(VERSION_INPUT, "1; DROP TABLE"), "Skjemaet mangler versjonsnummer."],
    ["a topic that does not exist", (d) => d.append("topicIds", "finnes-ikke"), "Last siden på nytt og prøv igjen."],
    ["a file for the title", (d) => d.set("title", new File(["x"], "x.txt")), "Feltet kunne ikke leses."],
    ["a huge title", (d) => d.set("title", "x".repeat(1_000_000)), "Teksten er for lang til å lagres."],
    ["a name too odd to search", (d) => d.set("authors.ny", "\u0001".repeat(300)), "Navnet kunne ikke leses."],
  ];
  for (const [what, edit, message] of cases) {
    const response = await posted(edit);
    expect(response.status(), what).toBe(200);
    expect(await response.text(), what).toContain(message);
  }
  await page.goto(PUBLIC_PATH);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("x".repeat(500));
  await page.context().close();
});
