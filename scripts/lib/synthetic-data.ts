// Synthetic works for benchmarks and facet tests: realistic in shape (Norwegian and English titles,
// Norwegian names with æøå, years 1990-2026, topics, projects), deterministic for a given seed.
import { slugify } from "../../lib/format/slug";
import type { PublicationType } from "../../lib/generated/prisma/enums";
import { CONTAINERS, ENGLISH, EXTRA_TOPICS, FAMILY_NAMES, GIVEN_NAMES, NORWEGIAN } from "./synthetic-words";

export type SyntheticPerson = { id: string; slug: string; givenName: string; familyName: string };
export type SyntheticTopic = { id: string; slug: string; name: string };
export type SyntheticProject = { id: string; slug: string; title: string; startYear: number; endYear: number };
export type SyntheticPublication = {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  type: PublicationType;
  year: number;
  language: string;
  containerTitle: string | null;
  abstract: string;
  status: "published" | "draft";
  deleted: boolean;
  personIds: string[];
  topicIds: string[];
  projectIds: string[];
};
export type SyntheticData = {
  persons: SyntheticPerson[];
  topics: SyntheticTopic[];
  projects: SyntheticProject[];
  publications: SyntheticPublication[];
};

const TYPE_WEIGHTS: [PublicationType, number][] = [
  ["tidsskriftartikkel", 30],
  ["rapport", 15],
  ["masteroppgave", 15],
  ["bokkapittel", 10],
  ["fagartikkel", 10],
  ["arbeidsnotat", 7],
  ["doktorgradsavhandling", 5],
  ["bok", 5],
  ["annet", 3],
];
const LANGUAGE_WEIGHTS: [string, number][] = [
  ["nb", 65],
  ["en", 30],
  ["nn", 5],
];

/** mulberry32: a small, fast, seedable generator (Math.random cannot be seeded). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticData(
  count: number,
  options: { seed?: number; existingTopicIds?: string[] } = {},
): SyntheticData {
  const rnd = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = <T>(items: [T, number][]): T => {
    let left = rnd() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) if ((left -= weight) < 0) return item;
    return items[0]![0];
  };
  // A few people and topics are common, most are rare, as in a real bibliography.
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(rnd() ** 2.5 * items.length)]!;

  // 20,000 people at 100,000 works: as many as the editors' pickers must search among.
  const persons = Array.from({ length: Math.max(20, Math.ceil(count / 5)) }, (_, i) => {
    const givenName = pick(GIVEN_NAMES);
    const familyName = pick(FAMILY_NAMES);
    return { id: `syn_person_${i}`, slug: `${slugify(`${givenName} ${familyName}`)}-${i}`, givenName, familyName };
  });
  const topics = EXTRA_TOPICS.map((name, i) => ({ id: `syn_topic_${i}`, slug: slugify(name), name }));
  const topicIds = [...(options.existingTopicIds ?? []), ...topics.map((topic) => topic.id)];
  const projects = Array.from({ length: Math.max(5, Math.ceil(count / 2500)) }, (_, i) => {
    const startYear = 1990 + Math.floor(rnd() * 34);
    const title = `${pick(NORWEGIAN.subjects)} i ${pick(NORWEGIAN.places)}`;
    return {
      id: `syn_project_${i}`,
      slug: `${slugify(title)}-${i}`,
      title,
      startYear,
      endYear: startYear + 1 + Math.floor(rnd() * 6),
    };
  });

  const fill = (text: string, words: typeof NORWEGIAN | typeof ENGLISH) =>
    text
      .replace("{S}", pick(words.subjects))
      .replace("{o2}", pick(words.objects))
      .replace("{o}", pick(words.objects))
      .replace("{g}", pick(words.groups))
      .replace("{p}", pick(words.places))
      .replace("{n}", String(5 + Math.floor(rnd() * 40)));

  const publications = Array.from({ length: count }, (_, i): SyntheticPublication => {
    const language = weighted(LANGUAGE_WEIGHTS);
    const words = language === "en" ? ENGLISH : NORWEGIAN;
    const title = fill(pick(words.patterns), words);
    const type = weighted(TYPE_WEIGHTS);
    const sentences = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => fill(pick(words.sentences), words));
    const status = rnd() < 0.02 ? "draft" : "published";
    return {
      id: `syn_work_${i}`,
      slug: `${slugify(title, 60)}-${i}`,
      title,
      subtitle: rnd() < 0.5 ? fill(pick(words.subtitles), words) : null,
      type,
      // Recent years are more common.
      year: 2026 - Math.floor(rnd() ** 1.6 * 37),
      language,
      containerTitle:
        type === "tidsskriftartikkel" || type === "fagartikkel" || type === "bokkapittel" ? pick(CONTAINERS) : null,
      abstract: sentences.join(" "),
      status,
      deleted: rnd() < 0.01,
      // The first work has a long author list (as a large consortium's report would): the heaviest edit form.
      personIds: unique(
        Array.from({ length: i === 0 ? MANY_AUTHORS : 1 + Math.floor(rnd() ** 2 * 4) }, () => skewed(persons).id),
      ),
      topicIds: unique(Array.from({ length: Math.floor(rnd() * 4) }, () => skewed(topicIds))),
      projectIds: rnd() < 0.3 ? [skewed(projects).id] : [],
    };
  });
  return { persons, topics, projects, publications };
}

/** How many authors the first synthetic work (syn_work_0) has, at most (drawn with repeats, then made unique). */
export const MANY_AUTHORS = 60;

const unique = <T>(items: T[]) => [...new Set(items)];
