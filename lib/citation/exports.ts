import type { CslItem } from "@citation-js/core";
import { toCslItem } from "./csl";
import { cite } from "./engine";
import type { CitableWork } from "./work";

// Reference-manager files for one work or a list: BibTeX, RIS and CSL-JSON, written by
// Citation.js from the same CSL-JSON items that give the APA reference.

export type ExportFormat = "bibtex" | "ris" | "csl-json";

export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; contentType: string; label: string }> = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8", label: "RIS" },
  "csl-json": {
    extension: "json",
    contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
    label: "CSL-JSON",
  },
};

// BibTeX knows theses only as @phdthesis and @mastersthesis, which Citation.js chooses from
// these English genres; the Norwegian genre stays in the APA reference.
const BIBTEX_THESIS_GENRE: Record<string, string> = {
  doktorgradsavhandling: "PhD thesis",
  masteroppgave: "Master's thesis",
};

function bibtex(works: CitableWork[]): string {
  const items = works.map((work) => {
    const item = toCslItem(work);
    const genre = BIBTEX_THESIS_GENRE[work.type];
    return genre ? { ...item, genre } : item;
  });
  return cite(items).format("bibtex");
}

const RIS_NAME_TAGS = new Set(["AU", "A1", "A2", "A3", "A4", "ED"]);

// RIS names are "Family, Given"; a name without the comma ("Eklund Nilsen") would be read as
// given name "Eklund", so a lone family name keeps its comma.
function risValue(tag: string, value: string): string {
  const text = value.replace(/\s+/g, " ").trim();
  return RIS_NAME_TAGS.has(tag) && !text.includes(",") ? `${text},` : text;
}

// Citation.js breaks RIS values every 70 characters, which RIS readers take as the end of
// the value; so the records are taken as objects and written one tag per line.
// A PDF attached in the portal goes in L1, RIS's link to the full text as a PDF (Zotero and
// EndNote fetch it from there); CSL-JSON and BibTeX define no such field and get it as the URL.
function ris(items: CslItem[], works: CitableWork[]): string {
  const records = cite(items).format("ris", { format: "object", spec: "mixed" });
  const line = (tag: string, value: string) => `${tag}  - ${risValue(tag, value)}`;
  return records
    .map(({ TY, ...tags }, index) => {
      const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => line(tag, String(v))));
      const pdf = works[index]?.pdfUrl;
      return [line("TY", String(TY)), ...lines, ...(pdf ? [line("L1", pdf)] : []), "ER  - "].join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}

export function exportWorks(works: CitableWork[], format: ExportFormat): string {
  if (format === "bibtex") return bibtex(works);
  const items = works.map(toCslItem);
  if (format === "ris") return ris(items, works);
  return `${JSON.stringify(cite(items).format("data", { format: "object" }), null, 2)}\n`;
}
