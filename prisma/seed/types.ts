import type { EventStatus, LinkKind, PublicationType, StudyDesign } from "../../lib/generated/prisma/enums";

// The shape of the seed data. Entries refer to each other by slug, the stable key the
// seed upserts on. Every optional fact is left out where the sources do not give it.

export type SeedLink = { kind: LinkKind; url: string; label: string; language?: string };

export type SeedOrganisation = {
  slug: string;
  name: string;
  shortName?: string;
  formerNames?: string[];
  description?: string;
  website?: string;
  address?: string;
  parent?: string;
  successor?: string;
  links?: SeedLink[];
};

export type SeedPerson = {
  slug: string;
  givenName?: string;
  familyName: string;
  honorific?: string;
  bio?: string;
  affiliation?: string;
  links?: SeedLink[];
};

/** «Kort fortalt», only where the sources state the findings (data/plain-language.ts). */
export type SeedPlainLanguageColumns = {
  plainKeyPoints?: string[];
  plainStudied?: string;
  plainFound?: string;
  plainMeaning?: string;
};

export type SeedTopic = { slug: string; name: string; description?: string };

export type SeedPublication = SeedPlainLanguageColumns & {
  slug: string;
  title: string;
  subtitle?: string;
  type: PublicationType;
  year?: number;
  dateNote?: string;
  language?: string;
  authors?: string[];
  editors?: string[];
  containerTitle?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  pageCount?: number;
  edition?: string;
  publisher?: string;
  place?: string;
  institution?: string;
  degree?: string;
  series?: string;
  seriesNumber?: string;
  isbn?: string;
  issn?: string;
  doi?: string;
  license?: string;
  abstract?: string;
  abstractSource?: string;
  statusNote?: string;
  note?: string;
  /** Only where the source states it (data/study-designs.ts); else "ukjent". */
  studyDesign?: StudyDesign;
  topics?: string[];
  projects?: string[];
  related?: string[];
  links?: SeedLink[];
};

export type SeedMember = {
  person: string;
  role?: string;
  affiliations: { organisation: string; note?: string }[];
};

export type SeedProject = SeedPlainLanguageColumns & {
  slug: string;
  title: string;
  summary?: string;
  description?: string;
  goals?: string;
  findings?: string;
  startYear?: number;
  endYear?: number;
  periodNote?: string;
  funding?: string;
  coordinator?: string;
  partners?: string[];
  funders?: string[];
  members?: SeedMember[];
  topics?: string[];
  links?: SeedLink[];
};

export type SeedEvent = {
  slug: string;
  title: string;
  summary?: string;
  description?: string;
  // ISO 8601 with offset, Europe/Oslo local time; absent while the date is unknown.
  startsAt?: string;
  endsAt?: string;
  timeUnknown?: boolean;
  venueName?: string;
  venueAddress?: string;
  venue?: string;
  online?: boolean;
  streamUrl?: string;
  infoUrl?: string;
  eventStatus: EventStatus;
  project?: string;
  links?: SeedLink[];
};

export type SeedPage = {
  slug: string;
  title: string;
  quote?: string;
  quoteAttribution?: string;
  body: string;
  links?: SeedLink[];
};

export type SeedData = {
  organisations: SeedOrganisation[];
  persons: SeedPerson[];
  topics: SeedTopic[];
  projects: SeedProject[];
  publications: SeedPublication[];
  events: SeedEvent[];
  pages: SeedPage[];
};
