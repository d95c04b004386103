import type { StudyDesign } from "../../../lib/generated/prisma/enums";

// The study design of a work, only where the source page (selvhjelp-forskning.txt) or FACTS.md
// names it; every other work stays "ukjent". `source` quotes the words the design is read from.
export const studyDesigns: Record<string, { design: StudyDesign; source: string }> = {
  "et-mentalt-treningsstudio": {
    design: "kvalitativ",
    source:
      "«ble det i 2013 gjennomført en kvalitativ studie som resulterte i masteroppgaven «Et mentalt treningsstudio»»",
  },
  "hjelper-selvhjelp": {
    design: "evaluering",
    source:
      "«Hjelper selvhjelp? En prosessevaluering av prosjektet …»; «Agderforsk engasjert til å gjennomføre en prosessevaluering»",
  },
  "self-help-and-self-help-groups-nordic-context-review": {
    design: "litteraturgjennomgang",
    source:
      "«… in a Nordic context – a review»; HiNT-prosjektet: «en litteraturstudie om eksisterende forskning om selvhjelp og selvhjelpsgrupper i Norden»",
  },
  "participants-experiences-of-empowerment-in-self-help-groups": {
    design: "kvantitativ",
    source:
      "HiNT-prosjektet: «en undersøkelse blant deltakere i selvhjelpsgrupper»; «I undersøkelsen fant forskerne at deltakelse i selvhjelpsgrupper … knytter seg til den terapeutiske dimensjonen av empowerment» (FACTS.md 9: «participant survey»)",
  },
};
