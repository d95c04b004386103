import "server-only";
import { env } from "@/lib/env";

/** An absolute URL on this site, from a path such as "/publikasjoner/x". */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}
