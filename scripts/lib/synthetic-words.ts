// Word lists for synthetic works (scripts/lib/synthetic-data.ts): the vocabulary of Norwegian and
// English research on self-help, and Norwegian names with æ, ø and å.

export const GIVEN_NAMES = [
  "Anne", "Ånund", "Åse", "Åsmund", "Astrid", "Bjørn", "Bodil", "Brit", "Dag", "Eirik", "Elin", "Erna",
  "Gro", "Gunnar", "Hanne", "Håkon", "Håvard", "Helga", "Inger", "Ingrid", "Jørgen", "Kari", "Kjærsti",
  "Knut", "Lars", "Liv", "Mari", "Marte", "Nils", "Nora", "Ola", "Øystein", "Ørjan", "Ragnhild", "Rune",
  "Sigrid", "Signe", "Sindre", "Sølvi", "Solveig", "Steinar", "Synnøve", "Terje", "Tone", "Tor", "Torbjørn",
  "Trond", "Unni", "Vegard", "Vigdis",
];

export const FAMILY_NAMES = [
  "Aas", "Andersen", "Bakke", "Berg", "Bjørnstad", "Brekke", "Bråthen", "Dahl", "Eriksen", "Fjeld", "Hagen",
  "Håland", "Hansen", "Haugen", "Holm", "Hågensen", "Johansen", "Karlsen", "Kristiansen", "Kvåle", "Larsen",
  "Lærum", "Lie", "Løvås", "Lunde", "Moen", "Myhre", "Mæhlum", "Næss", "Nilsen", "Olsen", "Ødegård",
  "Ørjasæter", "Østby", "Åsen", "Pedersen", "Rønning", "Sæther", "Solberg", "Sørensen", "Strøm", "Tveit",
  "Vik", "Væråmoen", "Ålien", "Øverland", "Ekeberg", "Grønli", "Halvorsen", "Kjærnes",
];

export const NORWEGIAN = {
  subjects: [
    "Selvhjelpsgrupper", "Selvhjelp", "Likepersonsarbeid", "Mestring", "Egenkraft", "Fellesskap", "Brukermedvirkning",
    "Helsefremming", "Pårørendearbeid", "Tilhørighet", "Gjensidighet", "Samarbeid om selvhjelp", "Nettbasert selvhjelp",
    "Frivillighet", "Livskvalitet", "Recovery", "Empowerment", "Personlig endring", "Sorgarbeid", "Ensomhet",
  ],
  objects: [
    "selvhjelpsgrupper", "selvhjelp", "mestring", "fellesskap", "psykisk helse", "rusavhengighet", "sorg", "ensomhet",
    "kronisk sykdom", "tillit", "deltakelse", "endring", "likepersoner", "nettverk", "egenomsorg", "livsmestring",
    "helsefremmende arbeid", "gruppeprosesser", "brukererfaringer", "tilbakefall",
  ],
  groups: [
    "unge voksne", "eldre", "pårørende", "kvinner med brystkreft", "menn i krise", "studenter", "innvandrere",
    "foreldre", "deltakere", "sykepleiere", "kommuneansatte", "etterlatte", "langtidsledige", "ungdom",
  ],
  places: [
    "kommunen", "Norden", "Norge", "Trøndelag", "Vestfold", "Oslo", "Bergen", "Tromsø", "Lillehammer-regionen",
    "frivillig sektor", "spesialisthelsetjenesten", "nettbaserte grupper", "lokalsamfunnet", "Agder", "Bodø",
  ],
  patterns: [
    "{S} blant {g}", "{S} og {o} i {p}", "Erfaringer med {o} blant {g}", "{S} som ressurs for {g}",
    "Når {o} møter {o2}", "{S} i {p}", "Hva hjelper? {S} og {o}", "Fra {o} til {o2}", "{S} for {g} i {p}",
  ],
  subtitles: [
    "En kvalitativ studie", "En evaluering", "Erfaringer fra {p}", "En kunnskapsoversikt", "Perspektiver på {o}",
    "Deltakernes stemmer", "En casestudie fra {p}",
  ],
  sentences: [
    "Studien undersøker hvordan {o} virker for {g} i {p}.",
    "Vi intervjuet {n} deltakere om deres erfaringer med {o} og {o2}.",
    "Funnene viser at {o} kan styrke {o2} over tid.",
    "Analysen tar utgangspunkt i selvhjelpsgruppenes arbeid med {o}.",
    "Rapporten drøfter samarbeidet mellom {p} og frivillige selvhjelpsgrupper.",
    "Deltakerne beskriver gruppa som et fellesskap der {o} blir synliggjort.",
    "Resultatene har betydning for hvordan {p} kan legge til rette for {o}.",
  ],
};

export const ENGLISH = {
  subjects: [
    "Self-help groups", "Peer support", "Mutual aid", "Empowerment", "Coping", "Recovery", "Online self-help",
    "Health promotion", "Community participation", "Social support", "Self-care", "Help-seeking",
  ],
  objects: [
    "self-help groups", "mental health", "chronic illness", "loneliness", "grief", "substance use", "wellbeing",
    "peer support", "trust", "participation", "resilience", "caregiving", "health literacy", "belonging",
  ],
  groups: ["young adults", "older people", "carers", "women with breast cancer", "students", "migrants", "parents"],
  places: ["Norway", "the Nordic countries", "Scandinavia", "local communities", "primary care", "online communities"],
  patterns: [
    "{S} among {g}", "{S} and {o} in {p}", "Experiences of {o} among {g}", "{S} as a resource for {g}",
    "When {o} meets {o2}", "{S} in {p}", "From {o} to {o2}", "What helps? {S} and {o}",
  ],
  subtitles: ["A qualitative study", "An evaluation", "A review", "Lessons from {p}", "A mixed-methods study"],
  sentences: [
    "This study explores how {o} works for {g} in {p}.",
    "We interviewed {n} participants about their experiences of {o} and {o2}.",
    "The findings suggest that {o} may strengthen {o2} over time.",
    "The analysis draws on the work of self-help groups with {o}.",
    "Implications for {p} and for the support of {o} are discussed.",
  ],
};

export const CONTAINERS = [
  "Tidsskrift for velferdsforskning", "Tidsskrift for psykisk helsearbeid", "Nordisk sosialt arbeid", "Sykepleien Forskning",
  "Scandinavian Journal of Public Health", "International Journal of Self-help and Self-care", "Social Science & Medicine",
  "BMC Health Services Research", "Tidsskrift for Den norske legeforening", "Nordic Journal of Social Research",
];

export const EXTRA_TOPICS = [
  "Rusmiddelavhengighet", "Sorg", "Ensomhet", "Kronisk sykdom", "Likepersonsarbeid", "Frivillighet", "Mestring",
  "Arbeidsinkludering", "Ungdom", "Eldre", "Minoriteter", "Kommunehelsetjenesten", "Livskvalitet", "Recovery",
  "Digital selvhjelp", "Brukermedvirkning", "Kreft", "Angst og depresjon", "Familie og nettverk",
];
