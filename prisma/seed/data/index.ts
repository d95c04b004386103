import type { SeedData } from "../types";
import { events } from "./events";
import { organisations } from "./organisations";
import { pages } from "./pages";
import { persons } from "./persons";
import { plainLanguage, plainLanguageColumns } from "./plain-language";
import { projects } from "./projects";
import { publications } from "./publications";
import { studyDesigns } from "./study-designs";
import { topics } from "./topics";

// The real content of the portal, from ../shared/seed/selvhjelp-forskning.txt and FACTS.md.
export const seedData: SeedData = {
  organisations,
  persons,
  topics,
  projects: projects.map((p) => ({ ...p, ...plainLanguageColumns(plainLanguage.projects[p.slug]) })),
  publications: publications.map((p) => {
    const known = studyDesigns[p.slug];
    const withPlainLanguage = { ...p, ...plainLanguageColumns(plainLanguage.publications[p.slug]) };
    return known ? { ...withPlainLanguage, studyDesign: known.design } : withPlainLanguage;
  }),
  events,
  pages,
};
