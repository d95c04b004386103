import { z } from "zod";

// What a merge of two persons moved (PersonMerge.moved, written by merge.ts, read back by
// merge-undo.ts): exactly the rows to move back, the rows merged into one and the fields filled.
// Stored JSON is read through this schema, never trusted as it is.

const role = z.enum(["author", "editor"]);

export const FILLABLE_FIELDS = ["givenName", "honorific", "orcid", "cristinId", "bio", "affiliationId"] as const;
export type FillableField = (typeof FILLABLE_FIELDS)[number];

export const mergeRecord = z.object({
  // Contributions on works where only the merged person stood: now the kept person's.
  contributions: z.array(z.object({ publicationId: z.string(), role, position: z.number().int() })),
  // Works where both stood in the same role: the merged person's row was removed and the kept
  // person's row took the better (earlier) of the two positions.
  joinedContributions: z.array(
    z.object({
      publicationId: z.string(),
      role,
      keptPosition: z.number().int(),
      mergedPosition: z.number().int(),
    }),
  ),
  // Project memberships moved as they were (the row's id).
  memberships: z.array(z.object({ id: z.string(), projectId: z.string() })),
  // Projects where both were members: the merged person's row (kept here to put back) was removed.
  joinedMemberships: z.array(
    z.object({
      keptMemberId: z.string(),
      keptPosition: z.number().int(),
      removed: z.object({
        id: z.string(),
        projectId: z.string(),
        role: z.string().nullable(),
        position: z.number().int(),
        affiliations: z.array(
          z.object({ organisationId: z.string(), note: z.string().nullable(), position: z.number().int() }),
        ),
      }),
    }),
  ),
  links: z.array(z.string()),
  redirects: z.array(z.string()),
  filled: z.array(z.object({ field: z.enum(FILLABLE_FIELDS), value: z.string() })),
  mergedSlug: z.string(),
  // The merged person's version once in the trash: a different one means it was restored since.
  mergedVersion: z.number().int(),
});

export type MergeRecord = z.infer<typeof mergeRecord>;

/** The Norwegian names of the fields a merge may fill. */
export const FILLABLE_LABELS: Record<FillableField, string> = {
  givenName: "fornavn",
  honorific: "tittel",
  orcid: "ORCID iD",
  cristinId: "Cristin-id",
  bio: "om personen",
  affiliationId: "tilknytning",
};

/** What the editor sees before confirming a merge (lib/persons/merge-actions.ts). */
export type MergePreview = {
  kept: { label: string; slug: string; version: number };
  other: { id: string; label: string; slug: string; version: number };
  works: number;
  joinedWorks: number;
  projects: number;
  joinedProjects: number;
  links: number;
  filled: string[];
};

/** "1 verk, 2 prosjekter og 1 lenke": what moves, leaving out what is none; null when nothing does. */
export function movedThings({ works, projects, links = 0 }: { works: number; projects: number; links?: number }) {
  const parts = [
    works && `${works} verk`,
    projects && `${projects} ${projects === 1 ? "prosjekt" : "prosjekter"}`,
    links && `${links} ${links === 1 ? "lenke" : "lenker"}`,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}
