import { FEED_HEADERS, siteFeed } from "@/lib/interop/feed";

export const revalidate = 300;

export async function GET() {
  return new Response((await siteFeed()).rss2(), { headers: FEED_HEADERS.rss });
}
