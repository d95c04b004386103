import pLimit from "p-limit";
import { describe, expect, it } from "vitest";
import { inExportTurn } from "./export-gate";

// A task that runs until the test lets it end.
function held() {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  let started = false;
  return {
    task: async () => {
      started = true;
      await done;
      return "ferdig";
    },
    release,
    started: () => started,
  };
}

describe("the gate of the overview's exports", () => {
  it("runs one at a time, lets a few wait, and turns the rest away until there is room", async () => {
    const limit = pLimit(1);
    const tasks = Array.from({ length: 4 }, held);
    const running = tasks.map((t) => inExportTurn(t.task, limit, 3));
    expect(running.every((p) => p !== null)).toBe(true);
    await Promise.resolve();
    expect(tasks.map((t) => t.started())).toEqual([true, false, false, false]);
    // One running and three waiting: the fifth is turned away.
    expect(inExportTurn(held().task, limit, 3)).toBeNull();

    tasks[0]!.release();
    await running[0];
    await expect.poll(() => tasks[1]!.started()).toBe(true);
    expect(tasks[2]!.started()).toBe(false);
    // One waiting place is free again.
    const later = held();
    const admitted = inExportTurn(later.task, limit, 3);
    expect(admitted).not.toBeNull();
    for (const t of [...tasks.slice(1), later]) t.release();
    expect(await Promise.all([...running.slice(1), admitted])).toEqual(["ferdig", "ferdig", "ferdig", "ferdig"]);
  });

  it("frees the turn of an export that fails", async () => {
    const limit = pLimit(1);
    await expect(inExportTurn(() => Promise.reject(new Error("databasen")), limit, 0)).rejects.toThrow("databasen");
    expect(await inExportTurn(async () => "neste", limit, 0)).toBe("neste");
  });
});
