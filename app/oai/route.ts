import { handleOai } from "@/lib/interop/oai/protocol";

// OAI-PMH 2.0 base URL. The protocol allows GET and POST (form-encoded) alike.
const xml = (body: string) => new Response(body, { headers: { "Content-Type": "text/xml; charset=utf-8" } });

export async function GET(request: Request) {
  return xml(await handleOai([...new URL(request.url).searchParams]));
}

export async function POST(request: Request) {
  return xml(await handleOai([...new URLSearchParams(await request.text())]));
}
