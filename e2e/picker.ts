import type { Locator, Page } from "@playwright/test";

/** Chooses an entry in a picker (components/editor/fields/Combobox.tsx): types, then clicks the match. */
export async function pick(scope: Locator | Page, label: string, search: string, option: string) {
  await scope.getByRole("combobox", { name: label, exact: true }).fill(search);
  await scope.getByRole("option", { name: option, exact: true }).click();
}
