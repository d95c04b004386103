import { currentEditor } from "@/lib/auth/session";
import { parsePickerQuery } from "@/lib/content/editor-reads/picker-query";
import { searchPickerOptions } from "@/lib/content/editor-reads/picker-options";

// The forms' pickers search here as the editor types: ?sett=persons&q=gotaas gives at most 20
// matches as JSON. Editors only (the session is checked against the database here, not in proxy.ts).
export async function GET(request: Request) {
  const editor = await currentEditor();
  if (!editor) return Response.json({ message: "Du er ikke logget inn, eller økten er utløpt." }, { status: 401 });
  const query = parsePickerQuery(new URL(request.url).searchParams);
  if (!query) return Response.json({ message: "Ugyldig søk." }, { status: 400 });
  const options = await searchPickerOptions(query.set, query.q);
  return Response.json({ options }, { headers: { "Cache-Control": "private, no-store" } });
}
