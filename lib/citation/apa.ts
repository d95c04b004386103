// "Slik siterer du": APA 7 references with the Norwegian conventions of the Norwegian APA
// guide ("og" between the last two names, "Red.", "s.", "u.å." for no year, "utg.").

export type CitationPerson = { givenName: string | null; familyName: string };

export type CitableWork = {
  type: string;
  title: string;
  subtitle: string | null;
  year: number | null;
  authors: CitationPerson[];
  editors: CitationPerson[];
  containerTitle: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  edition: string | null;
  publisher: string | null;
  institutionName: string | null;
  series: string | null;
  seriesNumber: string | null;
  doi: string | null;
  statusNote: string | null;
  url: string | null;
};

/** A piece of a reference; italic pieces are titles of standalone works and journals. */
export type CitationPart = { text: string; italic?: boolean };

const THESIS_LABEL: Record<string, string> = {
  doktorgradsavhandling: "Doktorgradsavhandling",
  masteroppgave: "Masteroppgave",
};

/** "Bodil J." → "B. J.", "Anne-Grete" → "A.-G.", "B." stays "B.". */
export function initials(givenName: string): string {
  return givenName
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.split("-").map((part) => `${part.charAt(0).toUpperCase()}.`).join("-"))
    .join(" ");
}

function invertedName(person: CitationPerson): string {
  return person.givenName ? `${person.familyName}, ${initials(person.givenName)}` : person.familyName;
}

function directName(person: CitationPerson): string {
  return person.givenName ? `${initials(person.givenName)} ${person.familyName}` : person.familyName;
}

/** "A", "A og B", "A, B og C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} og ${names.at(-1)}`;
}

function fullTitle(work: Pick<CitableWork, "title" | "subtitle">): string {
  return work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
}

/** Ends a sentence with a period unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function creatorPart(work: CitableWork): string {
  if (work.authors.length > 0) return sentence(joinNames(work.authors.map(invertedName)));
  if (work.editors.length > 0) return `${joinNames(work.editors.map(invertedName))} (Red.).`;
  return "";
}

function titleParts(work: CitableWork): CitationPart[] {
  const title = fullTitle(work);
  const details: string[] = [];
  if (work.edition) details.push(`${work.edition}. utg.`);
  if (work.series) details.push([work.series, work.seriesNumber].filter(Boolean).join(" "));
  const detail = details.length ? ` (${details.join("; ")})` : "";
  const bracket = THESIS_LABEL[work.type]
    ? ` [${[THESIS_LABEL[work.type], work.institutionName].filter(Boolean).join(", ")}]`
    : work.statusNote
      ? ` [${work.statusNote}]`
      : "";
  const tail = `${detail}${bracket}`;
  return [{ text: tail ? title : sentence(title), italic: true }, ...(tail ? [{ text: sentence(tail) }] : [])];
}

function articleParts(work: CitableWork & { containerTitle: string }): CitationPart[] {
  const parts: CitationPart[] = [{ text: `${sentence(fullTitle(work))} ` }, { text: work.containerTitle, italic: true }];
  if (work.volume) {
    parts.push({ text: ", " }, { text: work.volume, italic: true });
    if (work.issue) parts.push({ text: `(${work.issue})` });
  }
  parts.push({ text: work.pages ? `, ${work.pages}.` : "." });
  return parts;
}

function chapterParts(work: CitableWork & { containerTitle: string }): CitationPart[] {
  const editors = work.editors.length ? `${joinNames(work.editors.map(directName))} (Red.), ` : "";
  const pages = work.pages ? ` (s. ${work.pages})` : "";
  return [
    { text: `${sentence(fullTitle(work))} I ${editors}` },
    { text: work.containerTitle, italic: true },
    { text: `${pages}.` },
  ];
}

const isArticle = (work: CitableWork) => work.type === "tidsskriftartikkel" || work.type === "fagartikkel";
const isThesis = (work: CitableWork) => work.type in THESIS_LABEL;

/** Publisher (not for articles; a thesis names its institution in brackets) and DOI or URL. */
function sourceParts(work: CitableWork): string[] {
  const parts: string[] = [];
  const publisher = isArticle(work) || isThesis(work) ? null : (work.publisher ?? work.institutionName);
  if (publisher) parts.push(sentence(publisher));
  if (work.doi) parts.push(`https://doi.org/${work.doi}`);
  else if (work.url) parts.push(work.url);
  return parts;
}

function bodyParts(work: CitableWork): CitationPart[] {
  const { containerTitle } = work;
  if (work.type === "bokkapittel" && containerTitle) return chapterParts({ ...work, containerTitle });
  if (isArticle(work) && containerTitle) return articleParts({ ...work, containerTitle });
  return titleParts(work);
}

/** The reference as parts, for rendering with italics. */
export function apaReference(work: CitableWork): CitationPart[] {
  const head = [creatorPart(work), `(${work.year ?? "u.å."}).`].filter(Boolean).join(" ");
  const source = sourceParts(work);
  return [{ text: `${head} ` }, ...bodyParts(work), ...(source.length ? [{ text: ` ${source.join(" ")}` }] : [])];
}

/** The reference as plain text, for copying. */
export function apaReferenceText(work: CitableWork): string {
  return apaReference(work)
    .map((part) => part.text)
    .join("");
}
