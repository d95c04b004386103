// Ports and folders of the end-to-end server and its embedded database, shared by the Playwright
// config and the fixtures. Overridable so that two runs on one machine do not collide.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
export const E2E_DATABASE_URL = `postgresql://selvhjelp:selvhjelp@127.0.0.1:${E2E_PG_PORT}/selvhjelp`;
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data-e2e";
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
// Where the end-to-end server sends its CDN purges (PURGE_URL): e2e/editor-cdn.spec.ts listens there.
export const E2E_PURGE_PORT = Number(process.env.E2E_PURGE_PORT ?? E2E_PORT + 7);
// Where the stand-ins for doi.org, NVA and Open Library listen: e2e/editor-lookup.spec.ts starts them.
export const E2E_LOOKUP_PORT = Number(process.env.E2E_LOOKUP_PORT ?? E2E_PORT + 8);

// The second test server, whose clock is not stepped (playwright.config.ts).
export const E2E_NORMAL_CLOCK_PORT = Number(process.env.E2E_NORMAL_CLOCK_PORT ?? E2E_PORT + 10);
export const E2E_NORMAL_CLOCK_PG_PORT = Number(process.env.E2E_NORMAL_CLOCK_PG_PORT ?? E2E_PG_PORT + 10);
export const E2E_NORMAL_CLOCK_DATABASE_URL = `postgresql://selvhjelp:selvhjelp@127.0.0.1:${E2E_NORMAL_CLOCK_PG_PORT}/selvhjelp`;
export const E2E_NORMAL_CLOCK_DATA_DIR = `${E2E_DATA_DIR}-normal-clock`;
