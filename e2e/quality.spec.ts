import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// One page of every public type.
const PAGES = [
  "/",
  "/publikasjoner",
  "/publikasjoner?type=rapport",
  "/publikasjoner?q=selvhjelpsgruppene&fra=2010",
  "/publikasjoner?q=anund&type=rapport",
  "/publikasjoner/takk-for-tilliten",
  "/publikasjoner/self-help-and-self-help-groups-nordic-context-review",
  "/prosjekter",
  "/prosjekter/endringsarbeid-i-selvhjelpsgrupper",
  "/personer/nora-gotaas",
  "/organisasjoner/nibr",
  "/arrangementer",
  "/arrangementer/kan-vi-oppleve-livsmestring-nar-livet-foles-haplost",
  "/om",
  "/finnes-ikke",
];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 AA violations, its own title, and fits a 320 px screen`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
    await expect(page).toHaveTitle(/Selvhjelp Forskning/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();

    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the skip link is the first stop for the keyboard and moves focus to the content", async ({ page }) => {
  await page.goto("/publikasjoner");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#innhold")).toBeFocused();
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("pages and the filter form still work", async ({ page }) => {
    await page.goto("/publikasjoner");
    await page.getByLabel("Type").selectOption("doktorgradsavhandling");
    await page.getByRole("button", { name: "Vis treff" }).click();
    await expect(page).toHaveURL(/type=doktorgradsavhandling/);
    await expect(page.getByText("2 publikasjoner")).toBeVisible();
    await page.getByRole("link", { name: /Keeping up with the new health care user/ }).click();
    await expect(page.getByRole("heading", { name: "Slik siterer du" })).toBeVisible();
  });
});

test("responses carry the security headers; the editors' area a nonce-based CSP", async ({ request }) => {
  const home = await request.get("/");
  const headers = home.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  const login = await request.get("/redaksjon/logg-inn");
  const csp = login.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).not.toContain("'unsafe-inline'");
});
