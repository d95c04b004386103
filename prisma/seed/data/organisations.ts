import type { SeedOrganisation } from "../types";

export const organisations: SeedOrganisation[] = [
  {
    slug: "selvhjelp-norge",
    name: "Selvhjelp Norge",
    description:
      "Det norske senteret for selvorganisert selvhjelp. Hovedoppgaven er å spre informasjon og kunnskap om selvorganisert selvhjelp, både erfaringsbasert kunnskap og forskning.",
    website: "https://www.selvhjelp.no/",
  },
  { slug: "oslomet", name: "OsloMet" },
  {
    slug: "nibr",
    name: "Norsk institutt for by- og regionforskning",
    shortName: "NIBR",
    parent: "oslomet",
    description: "By- og regionforskningsinstituttet NIBR ved OsloMet.",
  },
  { slug: "universitetet-i-oslo", name: "Universitetet i Oslo", shortName: "UiO" },
  { slug: "sosialantropologisk-institutt-uio", name: "Sosialantropologisk institutt", parent: "universitetet-i-oslo" },
  { slug: "kifo", name: "Stiftelsen kirkeforskning", shortName: "KIFO" },
  { slug: "diakonhjemmet", name: "Diakonhjemmet" },
  { slug: "nord-universitet", name: "Nord universitet" },
  {
    slug: "hint",
    name: "Høgskolen i Nord-Trøndelag",
    shortName: "HiNT",
    successor: "nord-universitet",
    description: "HiNT er nå en del av Nord universitet.",
  },
  { slug: "notteroy-kommune", name: "Nøtterøy kommune" },
  { slug: "agderforsk", name: "Agderforskning", shortName: "Agderforsk" },
  {
    slug: "extrastiftelsen",
    name: "Extrastiftelsen",
    formerNames: ["Stiftelsen helse og rehabilitering"],
    description: "Tidligere Stiftelsen helse og rehabilitering.",
  },
  { slug: "universitetet-i-tromso", name: "Universitetet i Tromsø", shortName: "UiT" },
  { slug: "institutt-for-sosiologi-uit", name: "Institutt for sosiologi", parent: "universitetet-i-tromso" },
  { slug: "hogskolen-i-gjovik", name: "Høgskolen i Gjøvik" },
  { slug: "helsedirektoratet", name: "Helsedirektoratet" },
  { slug: "psykiatrien-i-vestfold", name: "Psykiatrien i Vestfold HF" },
  {
    slug: "litteraturhuset-i-oslo",
    name: "Litteraturhuset i Oslo",
    address: "Wergelands vei 29, Oslo",
    website: "https://litteraturhuset.no/",
    description: "Litteraturhuset publiserer program og strømming på sine nettsider.",
  },
  { slug: "the-human-aspect", name: "The Human Aspect" },
];
