import type { SeedData } from "../types";
import { events } from "./events";
import { organisations } from "./organisations";
import { pages } from "./pages";
import { persons } from "./persons";
import { projects } from "./projects";
import { publications } from "./publications";
import { topics } from "./topics";

// The real content of the portal, from ../shared/seed/selvhjelp-forskning.txt and FACTS.md.
export const seedData: SeedData = { organisations, persons, topics, projects, publications, events, pages };
