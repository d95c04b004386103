import { FEED_HEADERS, siteFeed } from "@/lib/interop/feed";

export const revalidate = 300;

export async function GET() {
  return new Response((await siteFeed()).atom1(), { headers: FEED_HEADERS.atom });
}
