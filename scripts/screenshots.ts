// `npx tsx scripts/screenshots.ts [base URL]`: screenshots of every public page type at phone
// and desktop width into docs/screenshots/, for reviewing the design (two are in the README).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const PAGES: Record<string, string> = {
  forside: "/",
  publikasjoner: "/publikasjoner",
  publikasjon: "/publikasjoner/takk-for-tilliten",
  prosjekter: "/prosjekter",
  prosjekt: "/prosjekter/endringsarbeid-i-selvhjelpsgrupper",
  person: "/personer/nora-gotaas",
  organisasjon: "/organisasjoner/nibr",
  arrangementer: "/arrangementer",
  arrangement: "/arrangementer/kan-vi-oppleve-livsmestring-nar-livet-foles-haplost",
  "ikke-funnet": "/finnes-ikke",
};
const SIZES = { mobil: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

async function main() {
  mkdirSync("docs/screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  for (const [sizeName, viewport] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport });
    for (const [name, url] of Object.entries(PAGES)) {
      await page.goto(base + url);
      await page.screenshot({ path: `docs/screenshots/${name}-${sizeName}.png`, fullPage: true });
    }
    await page.close();
  }
  await browser.close();
}

void main();
