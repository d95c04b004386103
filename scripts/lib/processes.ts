import { readdirSync, readFileSync } from "node:fs";

// Process facts from Linux's /proc, for the server's peak memory in `npm run bench`.

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // The process ended between listing and reading.
  }
};

/** The process and all its descendants. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    // Field 4 of stat is the parent; the command name (field 2) may hold spaces, so split after ")".
    const ppid = Number(read(`/proc/${name}/stat`).split(")").at(-1)?.trim().split(" ")[1]);
    if (ppid) parents.set(Number(name), ppid);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

export const commandLine = (pid: number) => read(`/proc/${pid}/cmdline`).replaceAll("\0", " ").trim();

/** Peak resident memory of a process ("high water mark"), in MB. */
export function peakRssMb(pid: number): number {
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
  return Math.round(kb / 1024);
}
