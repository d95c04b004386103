import { SaxesParser } from "saxes";

// A strict XML 1.0 parser (saxes) for the tests of the XML outputs: it refuses what
// fast-xml-parser's XMLValidator lets through, such as a control character, U+FFFE, half a
// surrogate pair, "]]>" in text or a raw "<" in an attribute.

/** The document's well-formedness errors (none for a good one) and all its text, as a reader gets it. */
export function readStrictXml(xml: string): { errors: string[]; text: string } {
  const parser = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  const parts: string[] = [];
  parser.on("error", (error) => errors.push(error.message));
  parser.on("text", (text) => parts.push(text));
  parser.on("cdata", (text) => parts.push(text));
  parser.on("opentag", (tag) => {
    for (const attribute of Object.values(tag.attributes))
      parts.push(typeof attribute === "string" ? attribute : attribute.value);
  });
  parser.write(xml).close();
  return { errors, text: parts.join("\n") };
}
