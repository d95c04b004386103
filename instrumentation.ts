import type { Instrumentation } from "next";
import { reportDatabaseError } from "@/lib/db/availability";
import { errorText, log, REQUEST_ID_HEADER, validRequestId } from "@/lib/log.mjs";

// Next.js calls this for every error it did not expect, while rendering a page, in a route
// handler, an action or proxy.ts: one JSON line each (lib/log.mjs), with the request id the front
// server gave the request, so that an error a visitor reports can be found. The query string is
// left out (it holds what visitors searched for). A render that failed because the database went
// away marks it down, so that the requests after it get the 503 of proxy.ts, not a 500.
export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  reportDatabaseError(error);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  log("error", "request-error", {
    requestId: validRequestId(request.headers[REQUEST_ID_HEADER]),
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
    digest,
    error: errorText(error),
  });
};
