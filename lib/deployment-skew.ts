// A page rendered by one build, sent to an instance of another (other sources or another
// AUTH_SECRET: scripts/lib/deployment.ts). Next.js sends the page's deployment id with every
// action; next.config.ts routes an action whose id is not this build's to the answer below
// (app/api/ulik-versjon), before the action could run against code it was not written for or
// fail with "Failed to find Server Action". Next.js throws the text of a 4xx text/plain answer
// as the action's error, so forms can show it as it is.

export const DEPLOYMENT_MISMATCH_PATH = "/api/ulik-versjon";

export const DEPLOYMENT_MISMATCH_MESSAGE =
  "Siden ble lastet fra en annen versjon av portalen enn den som svarte nå, så ingenting er lagret. " +
  "Kopier det du har skrevet, last inn siden på nytt og prøv igjen.";

export function isDeploymentMismatch(error: unknown): boolean {
  return error instanceof Error && error.message === DEPLOYMENT_MISMATCH_MESSAGE;
}
