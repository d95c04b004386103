import type { SeedPage } from "../types";

export const pages: SeedPage[] = [
  {
    slug: "forskning",
    title: "Forskning på selvorganisert selvhjelp",
    quote:
      "Noe av det som har hjulpet meg er å finne meg selv i andre – det gir meg mot, styrke og verdi til å skape en bra dag for meg selv",
    quoteAttribution: "Deltaker i en selvhjelpsgruppe, 2021",
    body: `Folk er forskjellige og har ulike behov – det som er likt for alle mennesker, er at alle har iboende ressurser som kan brukes for å skape endringer i eget liv. Mange opplever at det er fint å kunne dele erfaringer og få støtte av andre som bærer med seg lignende opplevelser i et selvhjelpsfellesskap. I fellesskapene finner du andre mennesker som har plass til deg og din historie, og som sammen kan bidra til økt mestring.

Det er relasjonene i menneskemøtene som er det viktigste verktøyet for å bidra til vekst og endring i selvhjelpsfellesskapene: å møtes, lytte og gi hverandre støtte i likeverdige relasjoner. Å kjenne på kraften i tilhørigheten, i innsikten som blir opparbeidet, og meningen det gir å delta. Alle er positive faktorer som gir den enkelte helseeffekt og som er helsefremmende.

Det er et stort behov for gode forebyggende og helsefremmende muligheter som bidrar til å mestre å stå i krevende prosesser alene og sammen med andre. Slike prosesser styrkes i støttende fellesskap med andre likeverdige. Å ha rollen som «ekspert» på seg selv er sentralt i et styrke- og ressursperspektiv.

Nora Gotaas bekrefter i sin forskning (2020) at selvhjelpsprosesser ved deltakelse i selvhjelpsgruppe over tid gir deltakerne en opplevelse av økt livskvalitet gjennom bedre problemhåndtering.`,
  },
  {
    slug: "om",
    title: "Om forskningsoversikten",
    body: `Selvhjelp Norges hovedoppgave er å spre informasjon og kunnskap om selvorganisert selvhjelp, både erfaringsbasert kunnskap og forskning.

Oversikten er laget på bakgrunn av en gjennomgang av publisert materiale fra forskningsprosjekter om selvorganisert selvhjelp, supplert av søk i databaser.

For å sikre at relevant forskning, studier og litteratur inkluderes i oversikten, er det tatt med alt som er publisert omkring selvhjelp, forstått som arbeid i selvhjelpsgrupper. Begrepet selvorganisert selvhjelp er sjelden benyttet i forskningsprosjekter og er dermed ikke egnet som søkebegrep i arbeidet med å få oversikt over forskning.

Der det er mulig, har vi lagt inn lenke til fulltekstversjoner eller sammendrag av artikler og rapporter. Litteraturen presenteres i alfabetisk rekkefølge.`,
  },
];
