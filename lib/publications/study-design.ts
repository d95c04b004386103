import type { StudyDesign } from "@/lib/generated/prisma/enums";

// How a work was done, as its source states it. Client-safe: the form, the overview's filter and
// the knowledge map share the labels and the order.

export const STUDY_DESIGN_LABELS: Record<StudyDesign, string> = {
  kvalitativ: "Kvalitativ",
  kvantitativ: "Kvantitativ",
  blandet: "Blandede metoder",
  litteraturgjennomgang: "Litteraturgjennomgang",
  evaluering: "Evaluering",
  teoretisk: "Teoretisk",
  annet: "Annet",
  ukjent: "Ikke oppgitt",
};

/** In the order of the form, the filter and the map's columns; "ukjent" (not stated) last. */
export const STUDY_DESIGNS = Object.keys(STUDY_DESIGN_LABELS) as [StudyDesign, ...StudyDesign[]];

export function isStudyDesign(value: string): value is StudyDesign {
  return Object.hasOwn(STUDY_DESIGN_LABELS, value);
}
