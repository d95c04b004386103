import type { SeedProject } from "../types";

export const projects: SeedProject[] = [
  {
    slug: "endringsarbeid-i-selvhjelpsgrupper",
    title: "Endringsarbeid i selvhjelpsgrupper",
    summary:
      "Forskningsprosjekt over flere år, koordinert av NIBR, der flere forskere studerte selvhjelpsgrupper, personlig endring og samarbeid om selvhjelp.",
    description: `Norsk institutt for by- og regionforskning (NIBR) koordinerte forskningsprosjektet «Endringsarbeid i selvhjelpsgrupper», som gikk over flere år og var et samarbeid mellom flere forskere (NIBR-prosjekt 2733).

I alt er det publisert syv rapporter/notater som resultat av forskning gjort i prosjekter tilknyttet hovedprosjektet. De fleste publikasjonene er tilgjengelig i fulltekst.

- Nora Gotaas har gjort en studie av utviklingsprosjektet LINK Vestfold.
- Nora Gotaas gikk videre i forskningen med en doktorgrad om selvhjelp og endringsarbeid i selvhjelpsgrupper.
- Ånund Brottveit har gjennomført en lokalsamfunnsstudie som har ledet fram til to publikasjoner.
- Marte Feiring har sett nærmere på samarbeidsrelasjoner med utgangspunkt i arbeidet i Lillehammer-regionen, og har også studert politisering og læring i selvhjelpsfeltet.
- Hilde Hatleskog Zeiner har gjort en gjennomgang av utviklingen i norsk selvhjelpsarbeid i perioden 1996–2012.`,
    startYear: 2009,
    endYear: 2018,
    periodNote:
      "Startet våren 2009 med fem års finansiering. Hoveddelen ble avsluttet i 2014 og forlenget til 2018 for doktorgradsarbeidet.",
    funding: "Tilskuddsmidler til forskning på selvorganisert selvhjelp, fra Helsedirektoratet.",
    coordinator: "nibr",
    funders: ["helsedirektoratet"],
    members: [
      {
        person: "anund-brottveit",
        role: "Forsker",
        affiliations: [
          { organisation: "kifo" },
          { organisation: "diakonhjemmet", note: "i en del av prosjektperioden" },
        ],
      },
      {
        person: "marte-feiring",
        role: "Forsker",
        affiliations: [{ organisation: "oslomet" }, { organisation: "nibr", note: "i en del av prosjektperioden" }],
      },
      { person: "hilde-hatleskog-zeiner", role: "Forsker", affiliations: [{ organisation: "nibr" }] },
      { person: "nora-gotaas", role: "Prosjektleder", affiliations: [{ organisation: "nibr" }] },
    ],
    topics: ["personlig-endring", "samarbeid", "grupper-pa-tvers"],
    links: [
      {
        kind: "source",
        url: "https://linkoslo.no/status-for-forskningsprosjekt-nibr/",
        label: "Status for forskningsprosjekt NIBR (LINK Oslo)",
      },
      {
        kind: "source",
        url: "http://docplayer.me/2731704-Endringsarbeid-i-selvhjelpsgrupper.html",
        label: "NIBR-notat 2013:107 (docplayer.me)",
      },
      {
        kind: "source",
        url: "https://press.nordicopenaccess.no/index.php/noasp/catalog/view/68/300/2639-1",
        label: "Samarbeid om selvhjelp (NOASP)",
      },
    ],
  },
  {
    slug: "forskning-pa-selvhjelp-og-selvhjelpsgrupper",
    title: "Forskning på selvhjelp og selvhjelpsgrupper",
    summary:
      "Prosjekt ved Høgskolen i Nord-Trøndelag (HiNT) som kritisk studerte selvhjelpsgrupper i et samfunnsvitenskapelig perspektiv: litteraturstudie, deltakerundersøkelse og analyse av offentlig politikk.",
    description: `Høgskolen i Nord-Trøndelag (HiNT) ble tildelt midler til prosjektet gjennom tilskuddsordningen til forskning som kom som en del av Nasjonal plan for selvhjelp. Arbeidet har vært ledet av Marianne Hedlund og Bodil Landstad.

Den akademiske formidlingen fra prosjektet har skjedd gjennom vitenskapelig publisering i fagfellevurderte internasjonale tidsskrifter og fagfellevurdert vitenskapelig antologi, samt gjennom deltagelse på faglige seminar og vitenskapelige konferanser. Tre vitenskapelige manuskript ble sendt inn til fagfellevurdering i internasjonale tidsskrifter, og et bokkapittel i en vitenskapelig antologi. Prosjektet har også gitt et arbeidsnotat.`,
    goals: `Hovedformålet var å kritisk studere selvhjelpsgrupper i et samfunnsvitenskapelig perspektiv. Fokus har vært å studere om selvhjelpsgrupper bidrar til å skape selvbærende prosesser blant brukere som deltar i dem, og om selvhjelpsgrupper gir forankring i nettverk som bidrar til mer selvmyndiggjøring/empowerment til brukere som sliter med helseproblemer eller nedsatt funksjonsevne.

Prosjektet har vært tredelt:

- en litteraturstudie om eksisterende forskning om selvhjelp og selvhjelpsgrupper i Norden
- en undersøkelse blant deltakere i selvhjelpsgrupper, sett i relieff til eksisterende kunnskapsstatus fra forskningsfeltet
- en teoretisk og analytisk tilnærming som studerer selvhjelpsarbeidet og offentlig politikk`,
    findings: `Undersøkelsen viser at deltakelse i selvhjelpsgrupper bidrar til at deltakere deler erfaringer om sine problem og de utfordringer de møter i det daglige. Deltakerne oppgir at en slik erfaringsutveksling bidrar til å finne mening i livet og gi mot til å hanskes med problemene.

Forskerne fant at deltakelse i selvhjelpsgrupper eller selvhjelpsarbeid knytter seg til den terapeutiske dimensjonen av empowerment. Dette fordi selvhjelpsarbeidet retter seg mot å gi individet styrke og kraft, mer enn makt, til å endre kollektive og politiske forhold i samfunnet som undertrykker.`,
    funding: "Tilskuddsordningen til forskning i Nasjonal plan for selvhjelp.",
    coordinator: "hint",
    members: [
      { person: "marianne-hedlund", role: "Prosjektleder", affiliations: [{ organisation: "hint" }] },
      { person: "bodil-j-landstad", role: "Prosjektleder", affiliations: [{ organisation: "hint" }] },
    ],
    topics: ["empowerment", "helsepolitikk"],
    links: [
      {
        kind: "source",
        url: "https://selvhjelp.no/forskning-pa-selvhjelp-og-selvhjelpsgrupper-helsepolitikk-empowerment-og-positiv-helse/",
        label: "Forskning på selvhjelp og selvhjelpsgrupper (selvhjelp.no)",
      },
    ],
  },
  {
    slug: "selvhjelp-og-individuell-plan",
    title: "Selvhjelp og individuell plan i psykisk helsefremmende arbeid",
    summary:
      "Nøtterøy kommune prøvde i 2010 ut selvhjelpsgrupper som en del av arbeidet med individuell plan. Det ble etablert en selvhjelpsgruppe for foresatte til barn med individuell plan.",
    description: `Nøtterøy kommune gjennomførte i 2010 et prosjekt med selvhjelpsgrupper som en del av kommunens arbeid med individuell plan.

Individuell plan er et verktøy for å bedre koordinering av tjenester til mennesker med behov for bistand fra flere instanser. Kommunen ville se nærmere på om selvhjelp kunne styrke dette arbeidet. Informasjons- og rekrutteringsarbeidet førte til at det ble etablert en selvhjelpsgruppe der deltakerne var foresatte til barn med individuell plan.

Som en del av prosjektet ble Agderforsk engasjert til å gjennomføre en prosessevaluering.`,
    goals:
      "Målsettingen med prosjektet var å finne ut om deltakelse i selvhjelpsgruppe kunne bidra til at den enkelte aktiverte, mobiliserte og gjenerobret iboende ressurser. Videre ville man også bidra til ny kunnskap om hva som fremmer og hemmer selvhjelpsgruppearbeid og lære mer om arbeidets relevans inn i prosessene med en individuell plan.",
    findings:
      "Prosessevalueringen viser at deltakerne har positive erfaringer med selvhjelpsgruppa. Gruppa representerer et fellesskap som deltakerne opplever tilhørighet til. Flere gir uttrykk for at de har blitt styrket ved å delta i selvhjelpsgruppa, både personlig og i rollen som mor og pårørende. Suksessfaktorene med selvhjelpsgruppa synes i all hovedsak å handle om homogenitet, tillit og klare strukturelle rammer.",
    startYear: 2010,
    endYear: 2010,
    coordinator: "notteroy-kommune",
    partners: ["agderforsk"],
    topics: ["individuell-plan", "parorende", "psykisk-helse"],
    links: [
      {
        kind: "source",
        url: "https://www.selvhjelp.no/hjelper-selvhjelp/",
        label: "Hjelper selvhjelp? (selvhjelp.no)",
      },
    ],
  },
  {
    slug: "internettbaserte-selvhjelpsgrupper-brystkreft",
    title: "Internettbaserte selvhjelpsgrupper for kvinner som er behandlet for brystkreft",
    summary:
      "Doktorgradsstudie av hva slags potensial internettbaserte selvhjelpsgrupper kan ha som rehabiliteringstilbud til kvinner som er behandlet for brystkreft.",
    description: `Selvhjelpsgrupper på Internett er en viktig mulighet innen e-helse. Det som her er omtalt som internettbaserte selvhjelpsgrupper er en tidlig variant av slike, der man skrev og leste innlegg, uten en dialog i sanntid. Forskning på slike former for selvhjelpsgrupper kan ikke direkte sammenliknes med forskning på grupper som møtes fysisk og med fastere rammer.

Prosjektet er presentert i Extrastiftelsens prosjektbibliotek.`,
    goals:
      "Målet med doktorgradsstudien var å få økt kunnskap om hva slags potensial internettbaserte selvhjelpsgrupper kan ha som rehabiliteringstilbud til kvinner som er behandlet for brystkreft.",
    findings: `I tråd med internasjonal forskning viser også denne studien at deltakelse i en internettbasert selvhjelpsgruppe kan ha stor betydning. De aktive deltakerne (40 kvinner deltok i studien), som hovedsakelig var kvinner som levde med spredning av sykdommen, opplevde redusert usikkerhet i behandlingsprosessen, og at de fikk et «separat rom» for sykdomsproblematikk som lettet forholdet til de nærmeste.

Samtidig bidrar studien til å moderere forventninger om en radikal effekt av å etablere slike grupper. Begrunnelsen er å finne i frafall fra gruppene: deltakelsen var også krevende. Noen hadde behov for å skjerme seg mot for mye informasjon, mens det for andre ble vanskelig å finne plass til gruppa i en travel hverdag.`,
    periodNote: "Nettgruppen som ble studert, var i drift fra oktober 2003 til februar 2005.",
    funding: "Stiftelsen helse og rehabilitering (nå Extrastiftelsen).",
    funders: ["extrastiftelsen"],
    members: [
      {
        person: "anne-grete-sandaunet",
        role: "Forsker",
        affiliations: [{ organisation: "institutt-for-sosiologi-uit" }],
      },
    ],
    topics: ["e-helse", "rehabilitering"],
    links: [
      {
        kind: "info",
        url: "https://dam.no/prosjekter/nettbasert-selvhjelp/",
        label: "Prosjektet i prosjektbiblioteket (dam.no)",
      },
      {
        kind: "info",
        url: "https://www.forskning.no/sosiologi-internett-kreft/ingen-radikal-effekt-av-nettgrupper/967609",
        label: "«Ingen radikal effekt av nettgrupper» (forskning.no)",
      },
    ],
  },
  {
    slug: "kraften-av-a-lytte-og-bli-lyttet-til",
    title: "Kraften av å lytte og bli lyttet til",
    summary:
      "Filmprosjekt av Selvhjelp Norge og The Human Aspect: ti dybdeintervjuer og en kortfilm om erfaringer fra selvhjelpsfellesskap.",
    description:
      "Selvhjelp Norge laget sammen med The Human Aspect ti dybdeintervjuer og en kortfilm. Prosjektet ble lansert 1. juni 2022 med premiere og panelsamtale, som ble strømmet.",
    coordinator: "selvhjelp-norge",
    partners: ["the-human-aspect"],
    topics: ["helsefremming"],
    links: [
      {
        kind: "source",
        url: "https://www.selvhjelp.no/ressurser/lyd-og-bilde/hverdagsmestring-alene-og-sammen-med-andre/",
        label: "Hverdagsmestring alene og sammen med andre (selvhjelp.no)",
      },
    ],
  },
];
