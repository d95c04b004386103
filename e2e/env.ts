// Ports of the end-to-end server and its embedded database, shared by the Playwright
// config and the fixtures.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PG_PORT = Number(process.env.E2E_PG_PORT ?? 54339);
export const E2E_DATABASE_URL = `postgresql://selvhjelp:selvhjelp@127.0.0.1:${E2E_PG_PORT}/selvhjelp`;
