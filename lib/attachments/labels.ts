// How an attachment is named on a public page and in the editors' list (client-safe).

export type AttachmentRoleName = "fulltext" | "summary" | "illustration";
export type AttachmentKindName = "pdf" | "image";

export const ROLE_LABELS: Record<AttachmentRoleName, string> = {
  fulltext: "Fulltekst",
  summary: "Sammendrag",
  illustration: "Bilde",
};

const NUMBER = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });

/** "2,3 MB", "480 kB" (decimal units, as "kB" says; never "0 kB"). */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${NUMBER.format(Math.round(bytes / 100_000) / 10)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

// What a full text is called, by the work's type: «Les hele rapporten».
const FULLTEXT_NOUN: Record<string, string> = {
  rapport: "rapporten",
  arbeidsnotat: "notatet",
  doktorgradsavhandling: "avhandlingen",
  masteroppgave: "oppgaven",
  tidsskriftartikkel: "artikkelen",
  fagartikkel: "artikkelen",
  bokkapittel: "kapittelet",
  bok: "boka",
};

/** The link's words before "(PDF, 2,3 MB)": «Les hele rapporten», «Les sammendraget». */
export function pdfLinkLabel(role: AttachmentRoleName, publicationType?: string): string {
  if (role === "summary") return "Les sammendraget";
  return `Les hele ${(publicationType && FULLTEXT_NOUN[publicationType]) ?? "dokumentet"}`;
}
