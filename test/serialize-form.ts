// What a browser without JavaScript posts for a form's HTML (for unit tests of forms rendered with
// react-dom/server): named inputs, textareas and selects in document order; checkboxes only when
// checked; the contents of <noscript> count, as they do when scripting is off. Enough for the
// markup React renders, not a general HTML parser.

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#x27": "'",
  "#39": "'",
  nbsp: "\u00a0",
};
const decode = (text: string) => text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/([\w-]+)(?:="([^"]*)")?/g))
    if (name) found.set(name, decode(value ?? ""));
  return found;
}

export function serializeForm(html: string): FormData {
  const data = new FormData();
  const controls = /<input\b([^>]*)>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g;
  for (const [, input, textarea, text, select, options] of html.matchAll(controls)) {
    const attrs = attributes(input ?? textarea ?? select ?? "");
    const name = attrs.get("name");
    if (!name || attrs.has("disabled")) continue;
    if (input !== undefined) {
      const type = attrs.get("type") ?? "text";
      if ((type === "checkbox" || type === "radio") && !attrs.has("checked")) continue;
      data.append(name, attrs.get("value") ?? (type === "checkbox" ? "on" : ""));
    } else if (textarea !== undefined) {
      data.append(name, decode(text ?? ""));
    } else {
      const chosen = [...(options ?? "").matchAll(/<option\b([^>]*)>/g)].map(([, tag]) => attributes(tag ?? ""));
      const option = chosen.find((o) => o.has("selected")) ?? chosen[0];
      if (option) data.append(name, option.get("value") ?? "");
    }
  }
  return data;
}
