// What text may be stored, for every form field (in the browser and the server action), the
// BibTeX/RIS import and the editors CLI. Pure functions, no dependencies.
//
// - Unicode NFC, so that "å" typed and "å" pasted from a PDF (a + ring) are the same letters.
// - Line breaks are "\n". Long texts (textareas, Markdown) keep tabs and line breaks; in
//   single-line fields (titles, names) each tab or line break becomes a space.
// - Other control characters (C0, DEL, C1) and the noncharacters (U+FFFE, U+FFFF, …) are
//   removed: they are invisible, come from pasting (PDFs, Word, mis-decoded text) and would
//   make the XML outputs invalid. Removing them beats a refusal the editor cannot act on.
// - Half a character (a lone UTF-16 surrogate) is refused: no encoding can store it, and what
//   it was meant to be cannot be known.
// - A text made only of invisible characters (spaces, zero-width spaces and joiners, BOM,
//   soft hyphen, other format characters) counts as empty.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// Tab (U+0009) and line feed (U+000A) are left to the line rules above.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}/gu;
// Default_Ignorable_Code_Point covers the zero-width characters, fillers (U+3164) and variation
// selectors; U+2800 (the blank braille pattern) is a well-known "empty" name too.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** True when the text holds half a UTF-16 surrogate pair. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The text as stored: see the rules above. Surrounding whitespace is the caller's to trim. */
export function cleanText(text: string, { multiline }: { multiline: boolean }): string {
  const lines = text.replace(LINE_BREAK, "\n");
  const flat = multiline ? lines : lines.replace(/[\t\n]/g, " ");
  return flat.replace(CONTROL, "").normalize("NFC");
}

/** True when nothing of the text would be seen: "", spaces, zero-width characters only. */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

/** Norwegian messages for the refusals, with the field's label where the form shows one. */
export const TEXT_MESSAGES = {
  loneSurrogate: (label?: string) =>
    `${label ?? "Teksten"} inneholder et ødelagt tegn (en halv tegnkode) som ikke kan lagres. Skriv eller lim inn teksten på nytt.`,
  invisibleOnly: (label: string) => `${label} inneholder bare usynlige tegn. Skriv inn synlig tekst.`,
};
