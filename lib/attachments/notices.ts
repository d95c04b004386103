// What the «Vedlegg» block says after an upload, a removal or an undo. The upload is a plain
// form post that answers with a redirect, so the outcome travels as a short code in the
// address (?vedlegg=…), never as free text that someone else could put there.

export const ATTACHMENT_NOTICES = {
  "lagt-til": "Vedlegget er lagt til.",
  fjernet: "Vedlegget er fjernet.",
  "hentet-tilbake": "Vedlegget er hentet tilbake.",
  tom: "Velg en fil å laste opp.",
  "for-stor": "Filen er større enn 50 MB. Del den opp eller komprimer den, og prøv igjen.",
  filtype:
    "Filen er verken en PDF eller et bilde i PNG, JPEG eller WebP. Andre filtyper (også SVG) kan ikke lastes opp.",
  bilde: "Bildet kunne ikke leses. Lagre det på nytt som PNG eller JPEG og prøv igjen.",
  alt: "Skriv en alternativ tekst som forteller hva bildet viser, for dem som ikke ser det.",
  oppforing: "Fant ikke oppføringen. Den kan være flyttet til papirkurven.",
  ukjent: "Fant ikke vedlegget.",
  skjema: "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.",
  tilgang: "Du har ikke tilgang til dette.",
  feil: "Noe gikk galt. Vedlegget er ikke lagret.",
} as const;

export type AttachmentNotice = keyof typeof ATTACHMENT_NOTICES;
const DONE: AttachmentNotice[] = ["lagt-til", "fjernet", "hentet-tilbake"];

export function attachmentNotice(code: string | undefined): { text: string; ok: boolean } | null {
  if (!code || !Object.hasOwn(ATTACHMENT_NOTICES, code)) return null;
  const notice = code as AttachmentNotice;
  return { text: ATTACHMENT_NOTICES[notice], ok: DONE.includes(notice) };
}

/** The code of a refusal's message (an unknown one is «feil»). */
export function noticeFor(message: string): AttachmentNotice {
  const found = Object.entries(ATTACHMENT_NOTICES).find(([, text]) => text === message);
  return (found?.[0] as AttachmentNotice | undefined) ?? "feil";
}
