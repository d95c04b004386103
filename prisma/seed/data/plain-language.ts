// «Kort fortalt» for the works and projects whose findings the source page
// (selvhjelp-forskning.txt) or FACTS.md states, in plain bokmål (LIX under 40). Every sentence
// carries the words of the sources it restates, as they stand in this seed data (which keeps
// the source page's wording), so that an editor can check it; a test holds each to that. A part
// the sources say nothing of is left out.

/** One sentence and the source words it restates. */
export type Sourced = { text: string; source: string | string[] };

export type SeedPlainLanguage = {
  keyPoints: Sourced[];
  studied?: Sourced[];
  found?: Sourced[];
  meaning?: Sourced[];
};

const GOTAAS_FINDING =
  "selvhjelpsprosesser ved deltakelse i selvhjelpsgruppe over tid gir deltakerne en opplevelse av økt livskvalitet gjennom bedre problemhåndtering";

const takkForTilliten: SeedPlainLanguage = {
  keyPoints: [
    { text: "Å være med i en selvhjelpsgruppe over tid kan gi bedre livskvalitet.", source: GOTAAS_FINDING },
    { text: "Deltakerne opplever at de takler problemene sine bedre.", source: "gjennom bedre problemhåndtering" },
    {
      text: "Grupper der folk med ulike problemer møtes, er noe særegent for Norge.",
      source: "Fremveksten av grupper «på tvers» er unik i internasjonal sammenheng",
    },
  ],
  studied: [
    {
      text: "Nora Gotaas har fulgt selvhjelpsgrupper «på tvers».",
      source: "Avhandlingen til Nora Gotaas følger prosesser i selvhjelpsgrupper «på tvers»",
    },
    {
      text: "Der møtes folk uansett hva slags problem de sliter med.",
      source: "der deltakerne kommer sammen relativt uavhengig av hva slags livsproblem de sliter med",
    },
    {
      text: "Hun spør hva som skal til for at gruppa blir et sted der deltakerne kan endre seg selv og forholdet til andre.",
      source:
        "Hva skal til for at selvhjelpsgrupper klarer å utvikle et fellesskap hvor gruppa blir en arena for deltakernes arbeid med å endre seg selv og sine personlige relasjoner?",
    },
    {
      text: "Dette er en doktorgrad fra Universitetet i Oslo, fra 2020.",
      source: ["Disputas 30. september 2020", "Universitetet i Oslo"],
    },
  ],
  found: [
    { text: "Over tid får deltakerne en opplevelse av bedre livskvalitet.", source: GOTAAS_FINDING },
    { text: "Det kommer av at de håndterer problemene sine bedre.", source: "gjennom bedre problemhåndtering" },
  ],
  meaning: [
    {
      text: "For deg som er med i en gruppe: Det er over tid at deltakerne merker bedre livskvalitet.",
      source: GOTAAS_FINDING,
    },
  ],
};

const mentaltTreningsstudio: SeedPlainLanguage = {
  keyPoints: [
    {
      text: "Deltakerne så på gruppa som et trygt fellesskap.",
      source: "et fellesskap basert på trygge rammer",
    },
    {
      text: "Å vite at «jeg er ikke alene» betydde mye.",
      source: "Vissheten om at «jeg er ikke alene» opplevdes som en betydningsfull og helsefremmende verdi i seg selv.",
    },
    {
      text: "Gruppa ble kalt et mentalt treningsstudio.",
      source: "Selvhjelpsgruppen ble beskrevet som et mentalt treningsstudio",
    },
  ],
  studied: [
    {
      text: "Erna Helen Majormoen snakket med folk som er med i selvhjelpsgrupper der deltakerne har ulike problemer.",
      source: "grupper der deltakerne har ulike problemer",
    },
    {
      text: "Hun gjorde fem intervjuer med én person og ett med en gruppe.",
      source: "Det ble gjennomført fem individuelle intervjuer og ett gruppeintervju.",
    },
    {
      text: "Dette er en masteroppgave fra 2013.",
      source: "ble det i 2013 gjennomført en kvalitativ studie som resulterte i masteroppgaven",
    },
  ],
  found: [
    {
      text: "Alle ønsket å endre noe i sitt eget liv.",
      source: "Alle informantene fortalte om egen indre motivasjon og ønske om endring i eget liv.",
    },
    {
      text: "I gruppa ble det synlig og normalt at livet kan være vanskelig.",
      source: "der det menneskelige i å oppleve vanskelige livssituasjoner blir synliggjort og normalisert",
    },
    {
      text: "Det føltes meningsfullt å støtte og utfordre hverandre.",
      source: "Det å støtte og utfordre hverandre ble opplevd som meningsfullt og berikende.",
    },
    {
      text: "Det var en styrke at gruppa er frivillig og gratis.",
      source: "At deltagelsen er frivillig og gratis ble fremhevet som en styrke.",
    },
  ],
  meaning: [
    {
      text: "En slik gruppe kan gjøre det lettere å ta tak i det som er vanskelig.",
      source: "som kan senke terskelen for å ta tak i utfordringer på det mentale plan",
    },
    {
      text: "Deltakerne mente det er viktig å ta tak i det før problemene blir for store.",
      source: "det er viktig å ta tak i det en finner vanskelig før problemene blir for store",
    },
  ],
};

const hjelperSelvhjelp: SeedPlainLanguage = {
  keyPoints: [
    {
      text: "Deltakerne hadde gode erfaringer med selvhjelpsgruppa.",
      source: "Prosessevalueringen viser at deltakerne har positive erfaringer med selvhjelpsgruppa.",
    },
    {
      text: "Flere følte seg sterkere, både som person og som mor og pårørende.",
      source:
        "Flere gir uttrykk for at de har blitt styrket ved å delta i selvhjelpsgruppa, både personlig og i rollen som mor og pårørende.",
    },
    {
      text: "Likhet, tillit og klare rammer ser ut til å være viktig.",
      source:
        "Suksessfaktorene med selvhjelpsgruppa synes i all hovedsak å handle om homogenitet, tillit og klare strukturelle rammer.",
    },
  ],
  studied: [
    {
      text: "Nøtterøy kommune prøvde ut en selvhjelpsgruppe i 2010.",
      source: "Nøtterøy kommune gjennomførte i 2010 et prosjekt med selvhjelpsgrupper",
    },
    {
      text: "De som var med, var foresatte til barn med individuell plan.",
      source: "det ble etablert en selvhjelpsgruppe der deltakerne var foresatte til barn med individuell plan",
    },
    {
      text: "En individuell plan skal gjøre at hjelpen fra ulike tjenester henger bedre sammen.",
      source:
        "Individuell plan er et verktøy for å bedre koordinering av tjenester til mennesker med behov for bistand fra flere instanser.",
    },
    {
      text: "Agderforskning evaluerte hvordan prosjektet gikk, og rapporten «Hjelper selvhjelp?» bygger på det.",
      source: "Som en del av prosjektet ble Agderforsk engasjert til å gjennomføre en prosessevaluering.",
    },
  ],
  found: [
    {
      text: "Gruppa ble et fellesskap som deltakerne følte at de hørte til i.",
      source: "Gruppa representerer et fellesskap som deltakerne opplever tilhørighet til.",
    },
    {
      text: "Flere sa at de var blitt styrket av å være med.",
      source: "Flere gir uttrykk for at de har blitt styrket ved å delta i selvhjelpsgruppa",
    },
    {
      text: "Det som fikk gruppa til å fungere, var særlig at deltakerne hadde mye felles, at de stolte på hverandre, og at gruppa hadde klare rammer.",
      source: "homogenitet, tillit og klare strukturelle rammer",
    },
  ],
};

const keepingUp: SeedPlainLanguage = {
  keyPoints: [
    {
      text: "En selvhjelpsgruppe på nett kan ha stor betydning for kvinner som er behandlet for brystkreft.",
      source: "deltakelse i en internettbasert selvhjelpsgruppe kan ha stor betydning",
    },
    {
      text: "De som var aktive, ble mindre usikre i behandlingen.",
      source: "opplevde redusert usikkerhet i behandlingsprosessen",
    },
    {
      text: "Studien demper håpet om en stor effekt, fordi mange falt fra.",
      source: ["moderere forventninger om en radikal effekt", "Begrunnelsen er å finne i frafall fra gruppene"],
    },
  ],
  studied: [
    {
      text: "Anne-Grete Sandaunet fulgte en selvhjelpsgruppe på internett for kvinner som var behandlet for brystkreft.",
      source:
        "internettbaserte selvhjelpsgrupper kan ha som rehabiliteringstilbud til kvinner som er behandlet for brystkreft",
    },
    {
      text: "Gruppa var i gang fra oktober 2003 til februar 2005, og 40 kvinner var med.",
      source: "Nettgruppen som ble studert, var i drift fra oktober 2003 til februar 2005, og 40 kvinner deltok.",
    },
    {
      text: "Deltakerne skrev og leste innlegg, men snakket ikke sammen i sanntid.",
      source: "der man skrev og leste innlegg, uten en dialog i sanntid",
    },
  ],
  found: [
    {
      text: "De aktive deltakerne fikk et eget rom for sykdommen.",
      source: "fikk et «separat rom» for sykdomsproblematikk",
    },
    {
      text: "Det gjorde det lettere med dem de sto nærmest.",
      source: "som lettet forholdet til de nærmeste",
    },
    {
      text: "Mange falt fra fordi det også var krevende å være med.",
      source: "deltakelsen var også krevende",
    },
    {
      text: "Noen måtte skjerme seg mot for mye informasjon.",
      source: "Noen hadde behov for å skjerme seg mot for mye informasjon",
    },
    {
      text: "Andre fant ikke tid til gruppa i en travel hverdag.",
      source: "for andre ble vanskelig å finne plass til gruppa i en travel hverdag",
    },
  ],
  meaning: [
    {
      text: "Gruppa var en tidlig form for nettgruppe.",
      source: "en tidlig variant av slike",
    },
    {
      text: "Det som ble funnet, kan ikke uten videre gjelde for grupper som møtes fysisk.",
      source:
        "Forskning på slike former for selvhjelpsgrupper kan ikke direkte sammenliknes med forskning på grupper som møtes fysisk og med fastere rammer.",
    },
  ],
};

const nibrProject: SeedPlainLanguage = {
  keyPoints: [
    {
      text: "Fire forskere så i flere år på endring og samarbeid i selvhjelp.",
      source: [
        "som gikk over flere år og var et samarbeid mellom flere forskere",
        "Perspektiver på deltakelse og samarbeid",
      ],
    },
    {
      text: "Det kom syv rapporter og notater. De fleste kan leses i sin helhet.",
      source: ["I alt er det publisert syv rapporter/notater", "De fleste publikasjonene er tilgjengelig i fulltekst."],
    },
    {
      text: "En doktorgrad fra prosjektet viser at det å være med i en gruppe over tid kan gi bedre livskvalitet.",
      source: ["forlenget til 2018 for doktorgradsarbeidet", GOTAAS_FINDING],
    },
  ],
  studied: [
    {
      text: "NIBR holdt i arbeidet, som begynte i 2009.",
      source: [
        "Norsk institutt for by- og regionforskning (NIBR) koordinerte forskningsprosjektet",
        "Startet våren 2009",
      ],
    },
    {
      text: "Nora Gotaas så på hvordan LINK Vestfold fikk i gang selvhjelpsgrupper.",
      source: [
        "Nora Gotaas har gjort en studie av utviklingsprosjektet LINK Vestfold.",
        "Etablering og igangsetting av selvhjelpsgrupper",
      ],
    },
    {
      text: "Ånund Brottveit studerte et lokalsamfunn.",
      source: "Ånund Brottveit har gjennomført en lokalsamfunnsstudie",
    },
    {
      text: "Marte Feiring så på samarbeid i Lillehammer-regionen.",
      source:
        "Marte Feiring har sett nærmere på samarbeidsrelasjoner med utgangspunkt i arbeidet i Lillehammer-regionen",
    },
    {
      text: "Hilde Hatleskog Zeiner så på hvordan selvhjelp i Norge utviklet seg fra 1996 til 2012.",
      source:
        "Hilde Hatleskog Zeiner har gjort en gjennomgang av utviklingen i norsk selvhjelpsarbeid i perioden 1996–2012.",
    },
  ],
  found: [
    {
      text: "Nora Gotaas fant at de som er med i en gruppe over tid, opplever bedre livskvalitet.",
      source: GOTAAS_FINDING,
    },
    { text: "Det kommer av at de håndterer problemene sine bedre.", source: "gjennom bedre problemhåndtering" },
  ],
};

const hintProject: SeedPlainLanguage = {
  keyPoints: [
    {
      text: "Å dele erfaringer i gruppa hjelper deltakerne å finne mening i livet.",
      source: "Deltakerne oppgir at en slik erfaringsutveksling bidrar til å finne mening i livet",
    },
    {
      text: "Det gir dem også mot til å takle problemene sine.",
      source: "gi mot til å hanskes med problemene",
    },
    {
      text: "Selvhjelp gir først og fremst den enkelte styrke, mer enn makt til å endre samfunnet.",
      source:
        "selvhjelpsarbeidet retter seg mot å gi individet styrke og kraft, mer enn makt, til å endre kollektive og politiske forhold i samfunnet som undertrykker",
    },
  ],
  studied: [
    {
      text: "Forskere ved Høgskolen i Nord-Trøndelag (HiNT) så på selvhjelpsgrupper.",
      source: "Høgskolen i Nord-Trøndelag (HiNT) ble tildelt midler til prosjektet",
    },
    {
      text: "Marianne Hedlund og Bodil Landstad ledet arbeidet.",
      source: "Arbeidet har vært ledet av Marianne Hedlund og Bodil Landstad.",
    },
    {
      text: "De gikk gjennom forskning om selvhjelp i Norden.",
      source: "en litteraturstudie om eksisterende forskning om selvhjelp og selvhjelpsgrupper i Norden",
    },
    {
      text: "De spurte deltakere i selvhjelpsgrupper.",
      source: "en undersøkelse blant deltakere i selvhjelpsgrupper",
    },
    {
      text: "Og de så på hva offentlig politikk sier om selvhjelp.",
      source: "en teoretisk og analytisk tilnærming som studerer selvhjelpsarbeidet og offentlig politikk",
    },
  ],
  found: [
    {
      text: "I gruppa forteller deltakerne om problemene sine og om det de møter hver dag.",
      source:
        "deltakelse i selvhjelpsgrupper bidrar til at deltakere deler erfaringer om sine problem og de utfordringer de møter i det daglige",
    },
    {
      text: "De sier at dette hjelper dem å finne mening og gir dem mot.",
      source: "en slik erfaringsutveksling bidrar til å finne mening i livet og gi mot til å hanskes med problemene",
    },
    {
      text: "Forskerne fant at selvhjelp mest gir styrke til hver enkelt.",
      source: "knytter seg til den terapeutiske dimensjonen av empowerment",
    },
    {
      text: "Den gir mindre makt til å endre samfunnet.",
      source: "mer enn makt, til å endre kollektive og politiske forhold i samfunnet",
    },
  ],
};

/** By slug: the works', then the projects'. */
export const plainLanguage: {
  publications: Record<string, SeedPlainLanguage>;
  projects: Record<string, SeedPlainLanguage>;
} = {
  publications: {
    "takk-for-tilliten": takkForTilliten,
    "et-mentalt-treningsstudio": mentaltTreningsstudio,
    "hjelper-selvhjelp": hjelperSelvhjelp,
    "keeping-up-with-the-new-health-care-user": keepingUp,
  },
  projects: {
    "endringsarbeid-i-selvhjelpsgrupper": nibrProject,
    "forskning-pa-selvhjelp-og-selvhjelpsgrupper": hintProject,
    // The evaluation and the doctorate are these projects' findings.
    "selvhjelp-og-individuell-plan": hjelperSelvhjelp,
    "internettbaserte-selvhjelpsgrupper-brystkreft": keepingUp,
  },
};

const joined = (part?: Sourced[]) => (part?.length ? part.map((s) => s.text).join(" ") : undefined);

/** The columns a seed entry gets (prisma/seed/types.ts). */
export function plainLanguageColumns(entry: SeedPlainLanguage | undefined) {
  if (!entry) return {};
  return {
    plainKeyPoints: entry.keyPoints.map((s) => s.text),
    plainStudied: joined(entry.studied),
    plainFound: joined(entry.found),
    plainMeaning: joined(entry.meaning),
  };
}
