import type { SeedPublication } from "../types";

const NIBR_NOTAT = "http://docplayer.me/2731704-Endringsarbeid-i-selvhjelpsgrupper.html";

export const publications: SeedPublication[] = [
  {
    slug: "takk-for-tilliten",
    title: "«Takk for tilliten»",
    subtitle: "Gjensidighet, transformasjon og rituell grammatikk i selvorganiserte selvhjelpsgrupper",
    type: "doktorgradsavhandling",
    year: 2020,
    dateNote: "Disputas 30. september 2020",
    authors: ["nora-gotaas"],
    institution: "sosialantropologisk-institutt-uio",
    publisher: "Universitetet i Oslo",
    degree: "ph.d.",
    abstract: `Hva skal til for at selvhjelpsgrupper klarer å utvikle et fellesskap hvor gruppa blir en arena for deltakernes arbeid med å endre seg selv og sine personlige relasjoner? Avhandlingen til Nora Gotaas følger prosesser i selvhjelpsgrupper «på tvers» der deltakerne kommer sammen relativt uavhengig av hva slags livsproblem de sliter med. …

Fremveksten av grupper «på tvers» er unik i internasjonal sammenheng og diskuteres i lys av kulturhistoriske trekk og politiserings- og institusjonaliseringsprosesser i den norske velferdsstaten.`,
    abstractSource: "Slik presenterer Universitetet i Oslo avhandlingen på sine nettsider.",
    note: "Avhandlingen er skrevet ved Sosialantropologisk institutt og By- og regionforskningsinstituttet NIBR ved OsloMet. Den viser at selvhjelpsprosesser ved deltakelse i selvhjelpsgruppe over tid gir deltakerne en opplevelse av økt livskvalitet gjennom bedre problemhåndtering.",
    topics: ["grupper-pa-tvers", "personlig-endring"],
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    links: [
      {
        kind: "fulltext",
        url: "https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/nora-gotaas.pdf",
        label: "Les hele avhandlingen (pdf)",
      },
      {
        kind: "source",
        url: "https://www.sv.uio.no/sai/forskning/aktuelt/arrangementer/disputaser/2020/noragotaas.html",
        label: "Disputas: Nora Gotaas (Universitetet i Oslo)",
      },
    ],
  },
  {
    slug: "selvhjelpsgrupper-og-behandlingsgruppers-tilnaerming-til-personlig-endring",
    title: "Selvhjelpsgrupper og behandlingsgruppers tilnærming til personlig endring, hva er likt og ulikt?",
    type: "annet",
    year: 2019,
    authors: ["anund-brottveit"],
    note: "Kilden oppgir ikke publikasjonstype eller utgiver.",
    topics: ["personlig-endring"],
  },
  {
    slug: "the-skills-of-helping-individuals-families-groups-and-communities",
    title: "The skills of helping individuals, families, groups, and communities",
    type: "bok",
    year: 2015,
    language: "en",
    edition: "8",
    authors: ["l-shulman"],
    note: "Internasjonal lærebok om arbeid med grupper. Brukes i omtalen av gjensidig støtte i grupper.",
  },
  {
    slug: "endringsarbeid-i-selvhjelpsgrupper",
    title: "Endringsarbeid i selvhjelpsgrupper",
    subtitle: "Perspektiver på deltakelse og samarbeid",
    type: "arbeidsnotat",
    year: 2014,
    dateNote: "Datert februar 2014",
    authors: ["anund-brottveit", "marte-feiring"],
    publisher: "Norsk institutt for by- og regionforskning",
    institution: "nibr",
    series: "NIBR-notat",
    seriesNumber: "2013:107",
    pageCount: 70,
    abstract: `Notatet samler to arbeidsnotater fra NIBR-prosjektet «Endringsarbeid i selvhjelpsgrupper» (prosjekt 2733, ledet av Nora Gotaas og finansiert med tilskudd fra Helsedirektoratet):

- «Fortrolige fremmede: Selvhjelpsgrupper som utgangspunkt for personlig endring» av Ånund Brottveit
- «Mellom kommune og sivilsamfunn – samarbeid om selvhjelp» av Marte Feiring, om Lillehammer kommune og LINK i Lillehammer-regionen`,
    topics: ["personlig-endring", "samarbeid"],
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    related: ["fortrolige-fremmede", "mellom-kommune-og-sivilsamfunn"],
    links: [{ kind: "fulltext", url: NIBR_NOTAT, label: "Les notatet (docplayer.me)" }],
  },
  {
    slug: "fortrolige-fremmede",
    title: "Fortrolige fremmede",
    subtitle: "Selvhjelpsgrupper som utgangspunkt for personlig endring",
    type: "arbeidsnotat",
    year: 2014,
    authors: ["anund-brottveit"],
    containerTitle: "Endringsarbeid i selvhjelpsgrupper – perspektiver på deltakelse og samarbeid",
    publisher: "Norsk institutt for by- og regionforskning",
    series: "NIBR-notat",
    seriesNumber: "2013:107",
    note: "Utgitt som del av NIBR-notat 2013:107.",
    topics: ["personlig-endring"],
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    links: [{ kind: "fulltext", url: NIBR_NOTAT, label: "Les NIBR-notat 2013:107 (docplayer.me)" }],
  },
  {
    slug: "mellom-kommune-og-sivilsamfunn",
    title: "Mellom kommune og sivilsamfunn",
    subtitle: "Samarbeid om selvhjelp",
    type: "arbeidsnotat",
    year: 2014,
    authors: ["marte-feiring"],
    containerTitle: "Endringsarbeid i selvhjelpsgrupper – perspektiver på deltakelse og samarbeid",
    publisher: "Norsk institutt for by- og regionforskning",
    series: "NIBR-notat",
    seriesNumber: "2013:107",
    abstract: "Om samarbeidet mellom Lillehammer kommune og LINK i Lillehammer-regionen.",
    note: "Utgitt som del av NIBR-notat 2013:107.",
    topics: ["samarbeid"],
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    links: [{ kind: "fulltext", url: NIBR_NOTAT, label: "Les NIBR-notat 2013:107 (docplayer.me)" }],
  },
  {
    slug: "etablering-og-igangsetting-av-selvhjelpsgrupper",
    title: "Etablering og igangsetting av selvhjelpsgrupper",
    type: "rapport",
    year: 2012,
    dateNote: "Mars 2012",
    authors: ["nora-gotaas"],
    publisher: "Norsk institutt for by- og regionforskning",
    institution: "nibr",
    series: "NIBR-rapport",
    seriesNumber: "2012:8",
    pageCount: 82,
    abstract:
      "En studie av utviklingsprosjektet LINK Vestfold. Finansiert av Link Vestfold / Psykiatrien i Vestfold HF og Helsedirektoratet.",
    note: "Kilden gjengir tittelen forkortet («Etablering og igangsetting av selvhjelpsgrupper …»); resten av tittelen er ikke registrert.",
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    links: [
      {
        kind: "fulltext",
        url: "http://docplayer.me/483092-Etablering-og-igangsetting-av-selvhjelpsgrupper.html",
        label: "Les rapporten (docplayer.me)",
      },
    ],
  },
  {
    slug: "samarbeid-om-selvhjelp",
    title: "Samarbeid om selvhjelp",
    type: "bok",
    year: 2019,
    editors: ["anund-brottveit", "marte-feiring"],
    publisher: "Cappelen Damm Akademisk / NOASP",
    isbn: "978-82-02-64657-8",
    doi: "10.23865/noasp.68",
    license: "CC BY 4.0",
    abstract:
      "Åpent tilgjengelig antologi redigert av Ånund Brottveit og Marte Feiring. Boken forteller at NIBR-prosjektet «Endringsarbeid i selvhjelpsgrupper» startet våren 2009 med fem års finansiering fra Helsedirektoratet.",
    topics: ["samarbeid"],
    projects: ["endringsarbeid-i-selvhjelpsgrupper"],
    links: [
      {
        kind: "fulltext",
        url: "https://press.nordicopenaccess.no/index.php/noasp/catalog/view/68/300/2639-1",
        label: "Les boken (åpen tilgang)",
      },
    ],
  },
  {
    slug: "hjelper-selvhjelp",
    title: "Hjelper selvhjelp?",
    subtitle: "En prosessevaluering av prosjektet Selvhjelp og individuell plan i psykisk helsefremmende arbeid",
    type: "rapport",
    year: 2011,
    dateNote: "Januar 2011",
    authors: ["kvamme", "eklund-nilsen"],
    publisher: "Agderforskning",
    institution: "agderforsk",
    series: "Prosjektrapport",
    seriesNumber: "01/2011",
    abstract:
      "Prosessevalueringen viser at deltakerne har positive erfaringer med selvhjelpsgruppa. Gruppa representerer et fellesskap som deltakerne opplever tilhørighet til. Flere gir uttrykk for at de har blitt styrket ved å delta i selvhjelpsgruppa, både personlig og i rollen som mor og pårørende. Suksessfaktorene med selvhjelpsgruppa synes i all hovedsak å handle om homogenitet, tillit og klare strukturelle rammer.",
    note: "Kilden oppgir bare etternavn på forfatterne.",
    topics: ["individuell-plan", "parorende", "psykisk-helse"],
    projects: ["selvhjelp-og-individuell-plan"],
    links: [
      {
        kind: "fulltext",
        url: "https://docplayer.me/11956310-Prosjektrapport-nr-01-2011-hjelper-selvhjelp-en-prosessevaluering-av-prosjektet-selvhjelp-og-individuell-plan-i-psykisk-helsefremmende.html",
        label: "Les rapporten (docplayer.me)",
      },
      {
        kind: "source",
        url: "https://www.selvhjelp.no/hjelper-selvhjelp/",
        label: "Hjelper selvhjelp? (selvhjelp.no)",
      },
    ],
  },
  {
    slug: "et-mentalt-treningsstudio",
    title: "Et mentalt treningsstudio",
    subtitle:
      "Deltageropplevelser og erfaringer fra heterogene selvorganiserte selvhjelpsgrupper sett i et helsefremmende perspektiv",
    type: "masteroppgave",
    year: 2013,
    authors: ["erna-helen-majormoen"],
    institution: "hogskolen-i-gjovik",
    publisher: "Høgskolen i Gjøvik",
    degree: "Master i helsefremmende lokalsamfunnsarbeid",
    pageCount: 66,
    abstract: `Heterogene selvorganiserte selvhjelpsgrupper (grupper der deltakerne har ulike problemer) er ment som en helsefremmende, ressursmobiliserende mulighet for hele Norges befolkning. Som en del av studiet «Master i helsefremmende lokalsamfunnsarbeid» ble det i 2013 gjennomført en kvalitativ studie som resulterte i masteroppgaven «Et mentalt treningsstudio».

Studiens design var inspirert av Grounded Theory Method. Det ble gjennomført fem individuelle intervjuer og ett gruppeintervju. Målet var å besvare forskningsspørsmålet: «Hvilke opplevelse/erfaringer beskriver informantene fra sin deltagelse i heterogene selvorganiserte selvhjelpsgrupper sett i et helsefremmende perspektiv?»

Analysen av intervjuene viste at informantenes opplevelser og erfaringer i stor grad var sammenfallende, og kunne samles i tre hovedkategorier:

- Ønske om endring i eget liv.
- Egenkraftmobilisering gjennom bevisstgjøring og mestring på individ- og gruppenivå.
- Egenkraftmobilisering gjennom økt oppmerksomhet og bidrag fra lokalsamfunnet.

### Ønske om endring i eget liv

Alle informantene fortalte om egen indre motivasjon og ønske om endring i eget liv. Ønsket om endring kom fra ett eller flere egenopplevde og erkjente livsproblem og utfordringer de oppgav som «tunge å bære». Det ble uttrykt at det er viktig å ta tak i det en finner vanskelig før problemene blir for store, og for mange.

### Egenkraftmobilisering

Informantene beskrev en velfungerende heterogen selvorganisert selvhjelpsgruppe som et fellesskap basert på trygge rammer, der det menneskelige i å oppleve vanskelige livssituasjoner blir synliggjort og normalisert. Vissheten om at «jeg er ikke alene» opplevdes som en betydningsfull og helsefremmende verdi i seg selv. Det å støtte og utfordre hverandre ble opplevd som meningsfullt og berikende. I selvhjelpsgruppen er alle ansvarlig for både egen og gruppens utvikling.

### Bevisstgjøring og motivering på lokalsamfunnsnivå

Informantene etterlyste oppmerksomhet og aksept for mental helse som en naturlig del av menneskets liv. Selvhjelpsgruppen ble beskrevet som et mentalt treningsstudio: en allment akseptert arena, basert på likemannsprinsippet, som kan senke terskelen for å ta tak i utfordringer på det mentale plan. At deltagelsen er frivillig og gratis ble fremhevet som en styrke.

Informantene var generelt enige om at heterogene selvorganiserte selvhjelpsgrupper representerer en helsefremmende mental treningsarena.`,
    abstractSource: "Fra en artikkel skrevet av Erna Helen Majormoen for Selvhjelp Norge.",
    topics: ["grupper-pa-tvers", "helsefremming", "psykisk-helse"],
    links: [
      {
        kind: "fulltext",
        url: "https://docplayer.me/6416331-Et-mentalt-treningsstudio.html",
        label: "Les hele oppgaven (docplayer.me)",
      },
    ],
  },
  {
    slug: "keeping-up-with-the-new-health-care-user",
    title: "Keeping up with the new health care user",
    subtitle: "The case of online self-help groups for women with breast cancer",
    type: "doktorgradsavhandling",
    language: "en",
    authors: ["anne-grete-sandaunet"],
    institution: "institutt-for-sosiologi-uit",
    publisher: "Universitetet i Tromsø",
    degree: "dr.polit.",
    abstract: `Målet med doktorgradsstudien var å få økt kunnskap om hva slags potensial internettbaserte selvhjelpsgrupper kan ha som rehabiliteringstilbud til kvinner som er behandlet for brystkreft. Nettgruppen som ble studert, var i drift fra oktober 2003 til februar 2005, og 40 kvinner deltok.

Internettbaserte selvhjelpsgrupper mangedobler tilgangen til andres erfaring og kunnskap, og tilbyr en anonym setting som antas å virke frigjørende på hva man formidler av sykdomserfaringer. De aktive deltakerne, som hovedsakelig levde med spredning av sykdommen, opplevde redusert usikkerhet i behandlingsprosessen og fikk et «separat rom» for sykdomsproblematikk som lettet forholdet til de nærmeste. Samtidig modererer studien forventninger om en radikal effekt: mange falt fra fordi deltakelsen også var krevende.`,
    abstractSource: "Sammendrag fra Selvhjelp Norge og forskning.no.",
    note: "Kilden oppgir ikke utgivelsesåret. Forskningsprosjektet var finansiert av Stiftelsen helse og rehabilitering (nå Extrastiftelsen).",
    topics: ["e-helse", "rehabilitering"],
    projects: ["internettbaserte-selvhjelpsgrupper-brystkreft"],
    links: [
      {
        kind: "info",
        url: "https://www.forskning.no/sosiologi-internett-kreft/ingen-radikal-effekt-av-nettgrupper/967609",
        label: "Omtale av doktorgraden på forskning.no",
      },
      {
        kind: "related",
        url: "https://doi.org/10.1111/j.1467-9566.2007.01041.x",
        label: "Relatert artikkel i Sociology of Health & Illness 30(1), 131–144",
        language: "en",
      },
      {
        kind: "related",
        url: "https://hdl.handle.net/10037/1727",
        label: "Den relaterte artikkelen i Munin (UiT)",
        language: "en",
      },
      {
        kind: "source",
        url: "https://dam.no/prosjekter/nettbasert-selvhjelp/",
        label: "Nettbasert selvhjelp (dam.no)",
      },
    ],
  },
  {
    slug: "self-help-and-self-help-groups-nordic-context-review",
    title:
      "Self-help and self-help groups for people with long-lasting health problems or mental health difficulties in a Nordic context",
    subtitle: "A review",
    type: "tidsskriftartikkel",
    year: 2011,
    language: "en",
    authors: ["b-aglen", "marianne-hedlund", "bodil-j-landstad"],
    containerTitle: "Scandinavian Journal of Public Health",
    volume: "39",
    issue: "8",
    pages: "813–822",
    issn: "1403-4948",
    doi: "10.1177/1403494811425603",
    note: "Selvhjelp Norges oversikt gjengir tittelen som «Self-help, self-care and self-helps-groups for people with health and life difficulties in a Nordic context – a review».",
    topics: ["psykisk-helse"],
    projects: ["forskning-pa-selvhjelp-og-selvhjelpsgrupper"],
  },
  {
    slug: "the-construction-of-self-help-management-in-norwegian-health-policy",
    title: "The construction of self-help management in Norwegian health policy",
    type: "tidsskriftartikkel",
    year: 2012,
    language: "en",
    authors: ["marianne-hedlund", "bodil-j-landstad"],
    containerTitle: "International Journal of Self-help and Self-care",
    volume: "6",
    issue: "1",
    pages: "65–87",
    topics: ["helsepolitikk"],
    projects: ["forskning-pa-selvhjelp-og-selvhjelpsgrupper"],
  },
  {
    slug: "participants-experiences-of-empowerment-in-self-help-groups",
    title: "Participants’ Experiences of Empowerment in Self-Help Groups",
    type: "tidsskriftartikkel",
    year: 2011,
    language: "en",
    authors: ["marianne-hedlund", "bodil-j-landstad"],
    statusNote: "Manuskript innsendt for publisering",
    topics: ["empowerment"],
    projects: ["forskning-pa-selvhjelp-og-selvhjelpsgrupper"],
  },
  {
    slug: "konkurrerende-kunnskap-syn-om-helse",
    title: "Konkurrerende kunnskap syn om helse – ekspertise for hva og om hvem?",
    type: "bokkapittel",
    year: 2012,
    authors: ["marianne-hedlund"],
    editors: ["a-tjora"],
    containerTitle: "Helsesosiologi",
    publisher: "Gyldendal Akademiske",
    place: "Oslo",
    note: "Tittel og forlag er gjengitt slik Selvhjelp Norges oversikt skriver dem.",
    topics: ["helsepolitikk"],
    projects: ["forskning-pa-selvhjelp-og-selvhjelpsgrupper"],
  },
];
