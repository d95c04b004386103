import { readdirSync, readFileSync } from "node:fs";

// Process facts from Linux's /proc: for the server's peak memory in `npm run bench`, and whether
// `npm start` still has its parent (scripts/start.ts).

const read = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // The process ended between listing and reading.
  }
};

/** The parent (field 4) in /proc/PID/stat; the command name (field 2) may hold spaces, so split after ")". */
const parentIn = (stat: string) => Number(stat.split(")").at(-1)?.trim().split(" ")[1]);

/**
 * Whether this process's parent is still `pid` (Node's process.ppid is read once, at start). An
 * orphan is adopted by init or a subreaper. Without /proc (not Linux), whether `pid` still runs.
 */
export function parentIs(pid: number): boolean {
  const stat = read("/proc/self/stat");
  if (stat) return parentIn(stat) === pid;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/** The process and all its descendants. */
export function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    const ppid = parentIn(read(`/proc/${name}/stat`));
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
