// The facts of a work that references and exports need, independent of the database.

/** A person as cited; the ORCID iD ("0000-0002-1825-0097") goes into CSL-JSON where known. */
export type CitationPerson = { givenName: string | null; familyName: string; orcid?: string | null };

export type CitableWork = {
  /** The work's slug: the CSL-JSON id and RIS ID. */
  id: string;
  type: string;
  title: string;
  subtitle: string | null;
  year: number | null;
  /** BCP 47: "nb", "en". */
  language: string;
  authors: CitationPerson[];
  editors: CitationPerson[];
  containerTitle: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  edition: string | null;
  publisher: string | null;
  place: string | null;
  institutionName: string | null;
  series: string | null;
  seriesNumber: string | null;
  isbn: string | null;
  issn: string | null;
  doi: string | null;
  statusNote: string | null;
  /** The full text when there is one (cited when there is no DOI). */
  url: string | null;
  /** The PDF attached to the work in the portal (RIS L1), absolute. */
  pdfUrl?: string | null;
  abstract: string | null;
  topics: string[];
};
