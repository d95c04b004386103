import type { SeedTopic } from "../types";

export const topics: SeedTopic[] = [
  {
    slug: "grupper-pa-tvers",
    name: "Heterogene grupper / grupper på tvers",
    description: "Grupper der deltakerne kommer sammen relativt uavhengig av hva slags livsproblem de sliter med.",
  },
  { slug: "empowerment", name: "Empowerment" },
  { slug: "helsefremming", name: "Helsefremming" },
  { slug: "e-helse", name: "E-helse" },
  { slug: "parorende", name: "Pårørende" },
  { slug: "individuell-plan", name: "Individuell plan" },
  { slug: "psykisk-helse", name: "Psykisk helse" },
  { slug: "personlig-endring", name: "Personlig endring" },
  { slug: "samarbeid", name: "Samarbeid om selvhjelp" },
  { slug: "helsepolitikk", name: "Helsepolitikk" },
  { slug: "rehabilitering", name: "Rehabilitering" },
];
