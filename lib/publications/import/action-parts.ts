import { purgeConfigured } from "@/lib/cache/purge";

// What the two import actions (actions.ts: BibTeX/RIS; lookup-actions.ts: by identifier) say and
// expire alike. ("use server" files may export only actions, so it stands here.)

export const FORM_HAS_ERRORS = "Skjemaet har feil. Se meldingene ved feltene.";
export const UNREADABLE = "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.";
export const DATABASE_AWAY = "Databasen svarer ikke. Ingenting er importert – prøv igjen om litt.";

/** The drafts an import created are what changed: their pages and every list. */
export const importChanges = {
  before: async () => (purgeConfigured() ? [] : null),
  after: (_: unknown, done: { created?: { id: string }[] }) =>
    (done.created ?? []).map((work) => ({ type: "publication" as const, id: work.id })),
};
