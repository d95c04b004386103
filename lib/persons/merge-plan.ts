import "server-only";
import type { Tx } from "@/lib/content/engine/adapter";
import { fullName } from "@/lib/content/labels";
import { normaliseOrcid } from "./orcid";
import { FILLABLE_FIELDS, type MergeRecord } from "./merge-record";

// What merging one person into another would do, read inside the caller's transaction: the
// preview shows it, the merge (merge.ts) writes it. The person whose editor page the merge
// starts from is kept (name, address, fields); the other is merged into it.

export class MergeRefused extends Error {}

export const MERGE_MESSAGES = {
  self: "En person kan ikke slås sammen med seg selv.",
  notFound: "Fant ikke personen. Den kan være slettet, ligge i papirkurven eller allerede være slått sammen.",
  orcid: (kept: string, other: string) =>
    `Personene har ulike ORCID iD-er (${kept} og ${other}) og er trolig ikke den samme. Rett ORCID iD hos den som er feil før de slås sammen.`,
  cristinId: (kept: string, other: string) =>
    `Personene har ulike Cristin-id-er (${kept} og ${other}) og er trolig ikke den samme. Rett Cristin-id hos den som er feil før de slås sammen.`,
  stale: "En av personene er endret siden du så over sammenslåingen. Last siden på nytt og se over på nytt.",
};

const personSelect = {
  id: true,
  slug: true,
  version: true,
  givenName: true,
  familyName: true,
  honorific: true,
  orcid: true,
  cristinId: true,
  bio: true,
  affiliationId: true,
  contributions: { select: { publicationId: true, role: true, position: true } },
  memberships: {
    select: {
      id: true,
      projectId: true,
      role: true,
      position: true,
      affiliations: { select: { organisationId: true, note: true, position: true } },
    },
  },
  links: { select: { id: true, url: true } },
} as const;

async function livePerson(tx: Tx, id: string) {
  const person = await tx.person.findFirst({ where: { id, deletedAt: null }, select: personSelect });
  if (!person) throw new MergeRefused(MERGE_MESSAGES.notFound);
  return person;
}

type PersonSide = { id: string; label: string; slug: string; version: number };
export type MergePlan = Omit<MergeRecord, "mergedVersion" | "redirects"> & {
  kept: PersonSide;
  other: PersonSide;
  redirects: string[];
};

/** The plan of merging `otherId` into `keptId`; throws MergeRefused with the editor's message. */
export async function planMerge(tx: Tx, keptId: string, otherId: string): Promise<MergePlan> {
  if (keptId === otherId) throw new MergeRefused(MERGE_MESSAGES.self);
  const kept = await livePerson(tx, keptId);
  const other = await livePerson(tx, otherId);
  const keptOrcid = kept.orcid && (normaliseOrcid(kept.orcid) ?? kept.orcid);
  const otherOrcid = other.orcid && (normaliseOrcid(other.orcid) ?? other.orcid);
  if (keptOrcid && otherOrcid && keptOrcid !== otherOrcid)
    throw new MergeRefused(MERGE_MESSAGES.orcid(keptOrcid, otherOrcid));
  if (kept.cristinId && other.cristinId && kept.cristinId !== other.cristinId)
    throw new MergeRefused(MERGE_MESSAGES.cristinId(kept.cristinId, other.cristinId));

  const keptContribution = new Map(kept.contributions.map((c) => [`${c.publicationId}/${c.role}`, c]));
  const plan: MergePlan = {
    kept: { id: kept.id, label: fullName(kept), slug: kept.slug, version: kept.version },
    other: { id: other.id, label: fullName(other), slug: other.slug, version: other.version },
    contributions: [],
    joinedContributions: [],
    memberships: [],
    joinedMemberships: [],
    links: [],
    redirects: [],
    filled: [],
    mergedSlug: other.slug,
  };
  for (const c of other.contributions) {
    const both = keptContribution.get(`${c.publicationId}/${c.role}`);
    if (both)
      plan.joinedContributions.push({
        publicationId: c.publicationId,
        role: c.role,
        keptPosition: both.position,
        mergedPosition: c.position,
      });
    else plan.contributions.push(c);
  }
  const keptMember = new Map(kept.memberships.map((m) => [m.projectId, m]));
  for (const m of other.memberships) {
    const both = keptMember.get(m.projectId);
    if (both) plan.joinedMemberships.push({ keptMemberId: both.id, keptPosition: both.position, removed: m });
    else plan.memberships.push({ id: m.id, projectId: m.projectId });
  }
  const keptUrls = new Set(kept.links.map((l) => l.url));
  plan.links = other.links.filter((l) => !keptUrls.has(l.url)).map((l) => l.id);
  plan.redirects = (
    await tx.slugRedirect.findMany({ where: { entityType: "person", entityId: other.id }, select: { id: true } })
  ).map((r) => r.id);
  for (const field of FILLABLE_FIELDS) {
    const value = other[field];
    if (!kept[field] && value) plan.filled.push({ field, value });
  }
  return plan;
}

/** The number of distinct works and projects a plan touches. */
export function planCounts(
  plan: Pick<MergeRecord, "contributions" | "joinedContributions" | "memberships" | "joinedMemberships">,
) {
  const works = new Set([...plan.contributions, ...plan.joinedContributions].map((c) => c.publicationId));
  const joinedWorks = new Set(plan.joinedContributions.map((c) => c.publicationId));
  return {
    works: works.size,
    joinedWorks: joinedWorks.size,
    projects: plan.memberships.length + plan.joinedMemberships.length,
    joinedProjects: plan.joinedMemberships.length,
  };
}
