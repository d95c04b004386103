import "server-only";
import { after } from "next/server";
import { db } from "@/lib/db";
import { ENTITY, type EntityType } from "@/lib/content/entities";
import { env } from "@/lib/env";
import { errorText, log } from "@/lib/log.mjs";
import { entryTag, LISTS_TAG, SITE_TAG } from "./cache-tags.mjs";

// The purge hook for a CDN or Varnish in front (the tags: cache-tags.mjs). After every save,
// once the editor has the answer, the tags of what changed are posted to PURGE_URL: as JSON
// `{"tags": [...]}` (Cloudflare's purge_cache takes exactly this) and as a `Surrogate-Key`
// header (Fastly, Varnish). With PURGE_TOKEN, as `Authorization: Bearer <token>`. Without
// PURGE_URL nothing is sent and nothing is read for it.

const SINGULAR = (type: EntityType) => ENTITY[type].singular;
// Cloudflare takes at most 100 tags per purge request.
const TAGS_PER_REQUEST = 100;
const TIMEOUT_MS = 10_000;
// A purge that fails is tried again after these pauses; then it is logged as an error, and the
// CDN keeps the old page until its lifetime ends (s-maxage: five minutes).
const RETRY_PAUSES_MS = [1_000, 5_000];

type Slugged = { slug: string };
const slugs = (rows: (Slugged | null | undefined)[]) =>
  rows.filter((row): row is Slugged => Boolean(row)).map((row) => row.slug);
const slug = { select: { slug: true } } as const;

/** The slugs of the entry and of every entry whose pages show it or that its pages show, by type. */
async function linked(type: EntityType, id: string): Promise<Partial<Record<EntityType, string[]>> | null> {
  switch (type) {
    case "publication": {
      const row = await db.publication.findUnique({
        where: { id },
        select: {
          slug: true,
          institution: slug,
          contributors: { select: { person: slug } },
          projects: slug,
          topics: slug,
          related: slug,
          relatedOf: slug,
        },
      });
      if (!row) return null;
      return {
        publication: [row.slug, ...slugs(row.related), ...slugs(row.relatedOf)],
        organisation: slugs([row.institution]),
        person: slugs(row.contributors.map((c) => c.person)),
        project: slugs(row.projects),
        topic: slugs(row.topics),
      };
    }
    case "person": {
      const row = await db.person.findUnique({
        where: { id },
        select: {
          slug: true,
          affiliation: slug,
          contributions: { select: { publication: slug } },
          memberships: { select: { project: slug } },
        },
      });
      if (!row) return null;
      return {
        person: [row.slug],
        organisation: slugs([row.affiliation]),
        publication: slugs(row.contributions.map((c) => c.publication)),
        project: slugs(row.memberships.map((m) => m.project)),
      };
    }
    case "organisation": {
      const projects = { select: { slug: true, publications: slug } } as const;
      const row = await db.organisation.findUnique({
        where: { id },
        select: {
          slug: true,
          parent: slug,
          children: slug,
          successor: slug,
          predecessors: slug,
          people: { select: { slug: true, contributions: { select: { publication: slug } } } },
          publications: slug,
          coordinatedProjects: projects,
          partnerInProjects: projects,
          fundedProjects: projects,
          memberAffiliations: { select: { member: { select: { project: projects } } } },
          events: slug,
        },
      });
      if (!row) return null;
      const allProjects = [
        ...row.coordinatedProjects,
        ...row.partnerInProjects,
        ...row.fundedProjects,
        ...row.memberAffiliations.map((a) => a.member.project),
      ];
      // Its name also shows where its people and projects are shown: on their works' pages.
      return {
        organisation: [
          row.slug,
          ...slugs([row.parent, row.successor]),
          ...slugs(row.children),
          ...slugs(row.predecessors),
        ],
        person: slugs(row.people),
        publication: [
          ...slugs(row.publications),
          ...slugs(row.people.flatMap((p) => p.contributions.map((c) => c.publication))),
          ...slugs(allProjects.flatMap((p) => p.publications)),
        ],
        project: slugs(allProjects),
        event: slugs(row.events),
      };
    }
    case "project": {
      const row = await db.project.findUnique({
        where: { id },
        select: {
          slug: true,
          coordinator: slug,
          partners: slug,
          funders: slug,
          members: { select: { person: slug, affiliations: { select: { organisation: slug } } } },
          publications: slug,
          topics: slug,
          events: slug,
        },
      });
      if (!row) return null;
      return {
        project: [row.slug],
        organisation: [
          ...slugs([row.coordinator]),
          ...slugs(row.partners),
          ...slugs(row.funders),
          ...slugs(row.members.flatMap((m) => m.affiliations.map((a) => a.organisation))),
        ],
        person: slugs(row.members.map((m) => m.person)),
        publication: slugs(row.publications),
        topic: slugs(row.topics),
        event: slugs(row.events),
      };
    }
    case "event": {
      const row = await db.event.findUnique({ where: { id }, select: { slug: true, venue: slug, project: slug } });
      if (!row) return null;
      return { event: [row.slug], organisation: slugs([row.venue]), project: slugs([row.project]) };
    }
    case "topic": {
      const row = await db.topic.findUnique({
        where: { id },
        select: { slug: true, publications: slug, projects: slug },
      });
      if (!row) return null;
      return { topic: [row.slug], publication: slugs(row.publications), project: slugs(row.projects) };
    }
    case "page": {
      const row = await db.page.findUnique({ where: { id }, select: { slug: true } });
      return row ? { page: [row.slug] } : null;
    }
  }
}

/**
 * The tags a change of this entry touches, as it is now (in the trash too; [] once it is gone):
 * its own and those of every entry linked to it (cache-tags.mjs).
 */
export async function entryTags(type: EntityType, id: string): Promise<string[]> {
  const found = await linked(type, id);
  if (!found) return [];
  const tags = new Set<string>();
  for (const [linkedType, list] of Object.entries(found) as [EntityType, string[]][])
    for (const one of list) {
      const tag = entryTag(SINGULAR(linkedType), one);
      if (tag) tags.add(tag);
    }
  return [...tags].sort();
}

type PurgeTarget = { url: string; token?: string; userAgent: string; timeoutMs?: number; retryPausesMs?: number[] };

/** Posts the tags to the purge hook, in requests of at most 100; true when every one was taken. */
export async function sendPurge(tags: string[], target: PurgeTarget): Promise<boolean> {
  const unique = [...new Set(tags)].sort();
  const started = performance.now();
  let ok = true;
  for (let i = 0; i < unique.length; i += TAGS_PER_REQUEST) {
    const batch = unique.slice(i, i + TAGS_PER_REQUEST);
    const pauses = target.retryPausesMs ?? RETRY_PAUSES_MS;
    for (let attempt = 0; ; attempt++) {
      const failure = await postOnce(batch, target);
      if (failure === null) break;
      if (attempt >= pauses.length) {
        log("error", "purge-failed", { tags: batch.length, attempts: attempt + 1, error: failure });
        ok = false;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, pauses[attempt]));
    }
  }
  if (ok) log("info", "purge", { tags: unique.length, durationMs: Math.round(performance.now() - started) });
  return ok;
}

/** One purge request: null when it was taken (2xx), else what went wrong. */
async function postOnce(tags: string[], target: PurgeTarget): Promise<string | null> {
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "surrogate-key": tags.join(" "),
        "user-agent": target.userAgent,
        ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
      },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(target.timeoutMs ?? TIMEOUT_MS),
      redirect: "error",
    });
    await response.body?.cancel();
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return errorText(error);
  }
}

function purgeTarget(): PurgeTarget | null {
  if (!env.PURGE_URL) return null;
  return { url: env.PURGE_URL, token: env.PURGE_TOKEN, userAgent: `SelvhjelpForskning/1 (+${env.SITE_URL})` };
}

export const purgeConfigured = () => purgeTarget() !== null;

/**
 * Before a write: the tags of the entry as it is (an entry's old slug, the authors it had), or
 * null when there is no purge hook. When they cannot be read, the whole site is purged after.
 */
export async function tagsBeforeChange(type: EntityType, id: string | undefined): Promise<string[] | null> {
  if (!purgeConfigured()) return null;
  if (!id) return [];
  return entryTags(type, id).catch(() => [SITE_TAG]);
}

/**
 * After a write, once the answer is sent: purges what the entries touched before (`before`) and
 * touch now, and every list.
 */
export function purgeAfterChange(changed: { type: EntityType; id: string }[], before: string[] | null): void {
  const target = purgeTarget();
  if (!target || before === null) return;
  after(async () => {
    const now = await Promise.all(changed.map(({ type, id }) => entryTags(type, id))).catch(() => [[SITE_TAG]]);
    await sendPurge([...before, ...now.flat(), LISTS_TAG], target);
  });
}
