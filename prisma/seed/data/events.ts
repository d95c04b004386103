import type { SeedEvent } from "../types";

export const events: SeedEvent[] = [
  {
    slug: "kan-vi-oppleve-livsmestring-nar-livet-foles-haplost",
    title: "Kan vi oppleve livsmestring når livet føles håpløst?",
    summary:
      "Filmkveld på Litteraturhuset i Oslo: mennesker som har deltatt i selvhjelpsfellesskap deler erfaringer om gode menneskemøter og om å mestre hverdagen. Arrangementet strømmes.",
    description: `Humanistisk menneskesyn og empowerment innebærer en tro på at alle mennesker i kraft av seg selv er verdifulle og likeverdige.

Erfaringsdelingene via filmene skal gi innsikt i hva som gjør at selvhjelpsfellesskaper har vært nyttige for å mestre og håndtere hverdagen for de som har deltatt. Filmene viser på en unik måte hvordan de beskriver gode menneskemøter, og hvordan det å delta i et selvhjelpsfellesskap er støttende når de har stått midt i strevet.

Gode menneskemøter handler om at vi er genuint nysgjerrige overfor den andre – ikke for å definere eller stigmatisere, men for å være sammen med andre. Erfaringen av gjensidig støtte beskrives som helt sentralt i arbeid med grupper (Brottveit, 2019; Shulman, 2015), og bygger grunnleggende på at alle har ressurser og styrker, til tross for dramatiske erfaringer.

Filmene viser modige mennesker som tør å være sårbare og slippe andre inn på seg selv. Da må vi andre ha en anerkjennende holdning til det som skjer, og det som blir sagt. Velkommen til Litteraturhuset for å høre mer.`,
    venueName: "Litteraturhuset i Oslo",
    venueAddress: "Wergelands vei 29, Oslo",
    venue: "litteraturhuset-i-oslo",
    online: true,
    infoUrl: "https://litteraturhuset.no/",
    eventStatus: "planned",
  },
  {
    slug: "disputas-nora-gotaas",
    title: "Disputas: Nora Gotaas",
    summary:
      "Cand. polit. Nora Gotaas forsvarte avhandlingen «Takk for tilliten»: Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper for graden ph.d.",
    description:
      "30. september 2020 forsvarte Cand. polit. Nora Gotaas ved Sosialantropologisk institutt og By- og regionforskningsinstituttet NIBR ved OsloMet sin avhandling for graden ph.d.: «Takk for tilliten» Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper.",
    startsAt: "2020-09-30T00:00:00+02:00",
    timeUnknown: true,
    infoUrl: "https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/noragotaas.html",
    eventStatus: "held",
    project: "endringsarbeid-i-selvhjelpsgrupper",
  },
  {
    slug: "lansering-kraften-av-a-lytte-og-bli-lyttet-til",
    title: "Lansering: «Kraften av å lytte og bli lyttet til»",
    summary:
      "Premiere på kortfilmen fra Selvhjelp Norge og The Human Aspect, med panelsamtale. Lanseringen ble strømmet.",
    description:
      "Filmprosjektet «Kraften av å lytte og bli lyttet til» bygger på ti dybdeintervjuer. Lanseringen 1. juni 2022 hadde premiere på en kortfilm og en panelsamtale, og ble strømmet.",
    startsAt: "2022-06-01T00:00:00+02:00",
    timeUnknown: true,
    online: true,
    infoUrl: "https://www.selvhjelp.no/ressurser/lyd-og-bilde/hverdagsmestring-alene-og-sammen-med-andre/",
    eventStatus: "held",
    project: "kraften-av-a-lytte-og-bli-lyttet-til",
  },
];
