// GET /api/health: is the app up, and does the database answer? For load balancers and uptime
// monitors. Never cached; the database gets a short time to answer, so a hung database reads as
// down within seconds. What went wrong is logged here, not shown to the caller.

export type HealthReport = {
  status: "ok" | "error";
  database: "ok" | "down" | "timeout";
  /** How long the check took, in milliseconds. */
  durationMs: number;
  checkedAt: string;
};

export const DATABASE_TIMEOUT_MS = 2_000;

/** Runs `probe` (a trivial query on the app's own database connection) within `timeoutMs`. */
export async function checkHealth(
  probe: () => Promise<unknown>,
  options: { timeoutMs?: number } = {},
): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? DATABASE_TIMEOUT_MS;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  let database: HealthReport["database"];
  try {
    const running = probe();
    // The probe may still fail after the timeout has answered: that is reported already.
    running.catch(() => {});
    database = (await Promise.race([running.then(() => "ok" as const), timedOut])) === "timeout" ? "timeout" : "ok";
  } catch (error) {
    console.error(
      `Health check: the database did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
    database = "down";
  } finally {
    clearTimeout(timer);
  }
  if (database === "timeout") console.error(`Health check: the database did not answer within ${timeoutMs} ms`);
  return {
    status: database === "ok" ? "ok" : "error",
    database,
    durationMs: Math.round(performance.now() - started),
    checkedAt: new Date().toISOString(),
  };
}

/** 200 when everything is up, 503 otherwise; JSON, never stored by any cache. */
export function healthResponse(report: HealthReport): Response {
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

/** The portal's own health: a trivial query on its database connection (lib/db.ts, loaded only here). */
export async function portalHealth(): Promise<HealthReport> {
  const { db } = await import("./db");
  return checkHealth(() => db.$queryRaw`SELECT 1`);
}
