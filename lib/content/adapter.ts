import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "./entities";

// What the generic write path (lib/content/save.ts) needs to know about one content type.

export type Tx = Prisma.TransactionClient;
export type FormValues = Record<string, unknown>;

export type Adapter<Values extends { slug: string | null }> = {
  type: EntityType;
  /** The form's schema, shared with the client form. */
  schema: z.ZodType<Values, FormValues>;
  /** The human name of an entry, from which its slug is made. */
  titleOf(values: Values): string;
  /** The entry's own columns (not slug, status or bookkeeping). */
  scalars(values: Values): Record<string, unknown>;
  /** Related rows: authors, members, topics, links ... replaced as a whole. */
  writeRelations(tx: Tx, id: string, values: Values): Promise<void>;
  /** The entry as form values: what the form edits and what a revision stores. */
  formValues(tx: Tx, id: string): Promise<FormValues | null>;
};

type Delegate = {
  findUnique(args: { where: { id: string } | { slug: string }; select?: Record<string, boolean> }): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<Record<string, unknown>[]>;
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: string }>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  delete(args: { where: { id: string } }): Promise<unknown>;
  count(args: object): Promise<number>;
};

const MODEL: Record<EntityType, keyof Tx> = {
  publication: "publication",
  project: "project",
  person: "person",
  organisation: "organisation",
  event: "event",
  topic: "topic",
  page: "page",
};

/**
 * The Prisma model of a content type, seen through the columns every content table shares
 * (id, slug, status, version, deletedAt, createdById, updatedById). The cast is the one
 * place where the generic code leaves Prisma's per-model types.
 */
export function contentModel(tx: Tx, type: EntityType): Delegate {
  return tx[MODEL[type]] as unknown as Delegate;
}
