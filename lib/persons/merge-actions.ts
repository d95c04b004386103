"use server";

import { z } from "zod";
import { tagsBeforeChange } from "@/lib/cache/purge";
import { editorAction, refusedBy } from "@/lib/content/engine/action-client";
import { ENTRY_ID } from "@/lib/content/engine/entry-id";
import type { ActionResult } from "@/lib/content/engine/results";
import { db } from "@/lib/db";
import { mergePersons } from "./merge";
import { MergeRefused, planCounts, planMerge } from "./merge-plan";
import { FILLABLE_LABELS, type MergePreview } from "./merge-record";
import { undoMerge } from "./merge-undo";

// «Slå sammen med en annen person» on a person's editor page and «Angre sammenslåingen» in its
// history, through the action client: zod input, session and role, one ActionResult, and the
// public pages of both persons and everything they appear on expired (and purged from a CDN).

const id = z.string().regex(ENTRY_ID);
const version = z.number().int().min(0).max(2_147_483_647);
const INVALID = "Ugyldig person. Last siden på nytt og prøv igjen.";
const expected = (error: unknown) => (error instanceof MergeRefused ? error.message : null);

/** The tags of both persons before the change (null without a purge hook). */
async function bothBefore(a: string, b: string): Promise<string[] | null> {
  const [one, two] = await Promise.all([tagsBeforeChange("person", a), tagsBeforeChange("person", b)]);
  return one && two ? [...one, ...two] : null;
}

const preview = editorAction({
  name: "person-merge-preview",
  role: "editor",
  args: (keptId: string, otherId: string) => ({ keptId, otherId }),
  schema: z.object({ keptId: id, otherId: id }),
  refused: refusedBy([], INVALID),
  expected,
  run: async ({ keptId, otherId }): Promise<ActionResult<{ preview: MergePreview }>> => {
    const plan = await planMerge(db, keptId, otherId);
    return {
      ok: true,
      preview: {
        kept: { label: plan.kept.label, slug: plan.kept.slug, version: plan.kept.version },
        other: plan.other,
        ...planCounts(plan),
        links: plan.links.length,
        filled: plan.filled.map(({ field }) => FILLABLE_LABELS[field]),
      },
    };
  },
});

export async function previewMergeAction(keptId: string, otherId: string) {
  return preview(keptId, otherId);
}

const merge = editorAction({
  name: "person-merge",
  role: "editor",
  args: (input: { keptId: string; keptVersion: number; otherId: string; otherVersion: number }) => input,
  schema: z.object({ keptId: id, keptVersion: version, otherId: id, otherVersion: version }),
  refused: refusedBy([], INVALID),
  expected,
  entry: ({ keptId }) => ({ type: "person", id: keptId }),
  changes: {
    before: ({ keptId, otherId }) => bothBefore(keptId, otherId),
    after: ({ keptId, otherId }) => [
      { type: "person", id: keptId },
      { type: "person", id: otherId },
    ],
  },
  run: (input, { editor }) => mergePersons(input, editor),
});

export async function mergePersonsAction(input: {
  keptId: string;
  keptVersion: number;
  otherId: string;
  otherVersion: number;
}) {
  return merge(input);
}

const undo = editorAction({
  name: "person-merge-undo",
  role: "editor",
  args: (keptId: string, mergeId: string) => ({ keptId, mergeId }),
  schema: z.object({ keptId: id, mergeId: id }),
  refused: refusedBy([], "Ugyldig sammenslåing. Last siden på nytt og prøv igjen."),
  expected,
  entry: ({ keptId }) => ({ type: "person", id: keptId }),
  run: (input, { editor }) => undoMerge(input, editor),
  changes: {
    before: ({ keptId }) => tagsBeforeChange("person", keptId),
    after: ({ keptId }, { mergedId }) => [
      { type: "person", id: keptId },
      { type: "person", id: mergedId },
    ],
  },
});

export async function undoMergeAction(keptId: string, mergeId: string) {
  return undo(keptId, mergeId);
}

export type MergeFormState = Awaited<ReturnType<typeof mergePersonsAction>> | null;

/**
 * The same merge posted as a plain form (the page /redaksjon/personer/<id>/slaa-sammen, without
 * JavaScript): the ids and versions the confirmation was made from, checked by the same schema.
 */
export async function mergePersonsFormAction(_previous: MergeFormState, formData: FormData) {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const number = (name: string) => (/^\d{1,10}$/.test(field(name)) ? Number(field(name)) : -1);
  return merge({
    keptId: field("keptId"),
    keptVersion: number("keptVersion"),
    otherId: field("otherId"),
    otherVersion: number("otherVersion"),
  });
}
