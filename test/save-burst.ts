// Saves without end, four at a time, until it is killed: the child process of
// lib/content/engine/save-crash.integration.test.ts. Each work is created and then changed three times, through the
// same write path as the editors' form (lib/content/engine/save.ts). Prints one line per save.
// Run with `node --conditions=react-server --import tsx`, so that "server-only" loads as it does on the server.
import type { Editor } from "../lib/auth/session";
import { saveEntry } from "@/lib/content/engine/save";
import { publicationType } from "../lib/publications/adapter";
import { EMPTY_PUBLICATION } from "../lib/publications/schema";

const editor = JSON.parse(process.env.BURST_EDITOR ?? "null") as Editor;

async function saveOrFail(input: Parameters<typeof saveEntry>[1]) {
  const result = await saveEntry(publicationType, input, editor);
  if (!result.ok) throw new Error(`Save refused: ${JSON.stringify(result)}`);
  process.stdout.write(`saved ${result.id} ${result.version}\n`);
  return result;
}

async function saveForever(loop: number) {
  for (let n = 1; ; n++) {
    const values = {
      ...EMPTY_PUBLICATION,
      title: `Burst ${loop}-${n} ${process.pid}`,
      type: "rapport",
      year: "2024",
      abstract: "Første utgave.",
    };
    let saved = await saveOrFail({ values });
    for (let change = 1; change <= 3; change++) {
      saved = await saveOrFail({
        id: saved.id,
        version: saved.version,
        values: { ...values, abstract: `Utgave ${change + 1}. `.repeat(50) },
      });
    }
  }
}

Promise.all([1, 2, 3, 4].map(saveForever)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
