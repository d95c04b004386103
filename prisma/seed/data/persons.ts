import type { SeedPerson } from "../types";

export const persons: SeedPerson[] = [
  {
    slug: "nora-gotaas",
    givenName: "Nora",
    familyName: "Gotaas",
    honorific: "Cand. polit.",
    affiliation: "nibr",
    bio: "Prosjektleder for forskningsprosjektet «Endringsarbeid i selvhjelpsgrupper» ved NIBR. Forsvarte 30. september 2020 avhandlingen «Takk for tilliten» for graden ph.d. ved Sosialantropologisk institutt, Universitetet i Oslo.",
  },
  {
    slug: "anund-brottveit",
    givenName: "Ånund",
    familyName: "Brottveit",
    affiliation: "kifo",
    bio: "Tilknyttet Stiftelsen kirkeforskning (KIFO), i en del av prosjektperioden for «Endringsarbeid i selvhjelpsgrupper» ansatt ved Diakonhjemmet. Har gjennomført en lokalsamfunnsstudie av selvhjelpsgrupper.",
  },
  {
    slug: "marte-feiring",
    givenName: "Marte",
    familyName: "Feiring",
    affiliation: "oslomet",
    bio: "Tilknyttet OsloMet, i en del av prosjektperioden for «Endringsarbeid i selvhjelpsgrupper» ansatt ved NIBR. Har studert samarbeidsrelasjoner med utgangspunkt i arbeidet i Lillehammer-regionen, og politisering og læring i selvhjelpsfeltet.",
  },
  {
    slug: "hilde-hatleskog-zeiner",
    givenName: "Hilde Hatleskog",
    familyName: "Zeiner",
    affiliation: "nibr",
    bio: "Forsker i NIBR-prosjektet «Endringsarbeid i selvhjelpsgrupper». Har gjort en gjennomgang av utviklingen i norsk selvhjelpsarbeid i perioden 1996–2012.",
  },
  {
    slug: "erna-helen-majormoen",
    givenName: "Erna Helen",
    familyName: "Majormoen",
    bio: "Sykepleier med master i helsefremmende lokalsamfunnsarbeid. «Gjennom mange års virke som sykepleier har jeg ofte savnet et mer helhetlig fokus, og nysgjerrighet på hva som fremmer menneskers helse, ressurser og livskvalitet.»",
  },
  {
    slug: "anne-grete-sandaunet",
    givenName: "Anne-Grete",
    familyName: "Sandaunet",
    honorific: "Dr. polit.",
    bio: "Har forsket på internettbaserte selvhjelpsgrupper for kvinner som er behandlet for brystkreft, i en doktorgrad ved Institutt for sosiologi, Universitetet i Tromsø.",
  },
  {
    slug: "marianne-hedlund",
    givenName: "Marianne",
    familyName: "Hedlund",
    bio: "Ledet sammen med Bodil J. Landstad prosjektet «Forskning på selvhjelp og selvhjelpsgrupper» ved Høgskolen i Nord-Trøndelag (HiNT).",
  },
  {
    slug: "bodil-j-landstad",
    givenName: "Bodil J.",
    familyName: "Landstad",
    bio: "Ledet sammen med Marianne Hedlund prosjektet «Forskning på selvhjelp og selvhjelpsgrupper» ved Høgskolen i Nord-Trøndelag (HiNT).",
  },
  { slug: "b-aglen", givenName: "B.", familyName: "Aglen" },
  { slug: "l-shulman", givenName: "L.", familyName: "Shulman" },
  { slug: "a-tjora", givenName: "A.", familyName: "Tjora" },
  { slug: "kvamme", familyName: "Kvamme" },
  { slug: "eklund-nilsen", familyName: "Eklund Nilsen" },
];
