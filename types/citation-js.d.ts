// The small part of Citation.js (which ships no TypeScript types) that lib/citation and the
// BibTeX/RIS import (lib/publications/import) use.
declare module "@citation-js/core" {
  export type CslItem = { id: string; type: string; [field: string]: unknown };

  export class Cite {
    constructor(data: CslItem | CslItem[]);
    data: CslItem[];
    format(format: "bibliography", options: { format: "text" | "html"; template: string; lang: string }): string;
    format(format: "bibtex" | "biblatex", options?: { format?: "text" }): string;
    format(
      format: "ris",
      options: { format: "object"; spec?: "new" | "old" | "mixed" },
    ): Record<string, string | string[]>[];
    format(format: "data", options?: { format?: "text" | "object" }): string | CslItem[];
  }

  type Register<T> = { add(name: string, value: T): void; get(name: string): T; has(name: string): boolean };
  export const plugins: {
    input: {
      /** Parses input (here one BibTeX or RIS record) to CSL-JSON items; throws on syntax errors. */
      chain(data: string, options: { forceType: string; generateGraph: false }): CslItem[];
    };
    config: {
      get(name: "@csl"): { locales: Register<unknown>; styles: Register<string> };
      get(name: "@bibtex"): { format: { asciiOnly: boolean } };
    };
  };
}

declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
