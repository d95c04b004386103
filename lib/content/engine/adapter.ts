import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/content/entities";
import type { ContentForm } from "@/lib/content/forms/form-config";

// What the generic write path (lib/content/engine/save.ts) knows about a content type, typed by
// Prisma's own input types so that tsc checks every column a content type writes.

export type Tx = Prisma.TransactionClient;
export type FormValues = Record<string, unknown>;

type CreateInputs = {
  publication: Prisma.PublicationUncheckedCreateInput;
  project: Prisma.ProjectUncheckedCreateInput;
  person: Prisma.PersonUncheckedCreateInput;
  organisation: Prisma.OrganisationUncheckedCreateInput;
  event: Prisma.EventUncheckedCreateInput;
  topic: Prisma.TopicUncheckedCreateInput;
  page: Prisma.PageUncheckedCreateInput;
};
type ScalarFields = {
  publication: Prisma.PublicationScalarFieldEnum;
  project: Prisma.ProjectScalarFieldEnum;
  person: Prisma.PersonScalarFieldEnum;
  organisation: Prisma.OrganisationScalarFieldEnum;
  event: Prisma.EventScalarFieldEnum;
  topic: Prisma.TopicScalarFieldEnum;
  page: Prisma.PageScalarFieldEnum;
};

/** The columns the engine itself writes: identity, address, status and bookkeeping. */
type Managed =
  "id" | "slug" | "status" | "version" | "createdAt" | "updatedAt" | "deletedAt" | "createdById" | "updatedById";

/** A content type's own columns, as Prisma accepts them in a create. */
export type Columns<T extends EntityType> = Omit<
  Pick<CreateInputs[T], Extract<keyof CreateInputs[T], ScalarFields[T]>>,
  Managed
>;

/** The columns every content table shares, as the generic code reads them. */
type Shared = {
  id: string;
  slug: string;
  status: "draft" | "published";
  version: number;
  updatedAt: Date;
  deletedAt: Date | null;
  createdById: string | null;
  updatedById: string | null;
};
type SharedWhere = { id?: string; version?: number; status?: Shared["status"]; deletedAt?: null | { not: null } };

export type ContentDelegate<T extends EntityType> = {
  findUnique<K extends keyof Shared>(args: {
    where: { id: string } | { slug: string };
    select: { [P in K]: true };
  }): Promise<Pick<Shared, K> | null>;
  /** Editor lists and the dashboard: their select names the type's title column (form-config.ts). */
  findMany(args: object): Promise<Record<string, unknown>[]>;
  create(args: {
    data: Columns<T> & { slug: string; status: "draft"; createdById: string; updatedById: string };
    select: { id: true };
  }): Promise<{ id: string }>;
  updateMany(args: {
    where: SharedWhere;
    data: Partial<Columns<T>> &
      Partial<{
        slug: string;
        status: Shared["status"];
        updatedById: string;
        deletedAt: Date | null;
        version: { increment: 1 };
      }>;
  }): Promise<{ count: number }>;
  delete(args: { where: { id: string } }): Promise<unknown>;
  count(args: { where: SharedWhere & { OR?: SharedWhere[] } }): Promise<number>;
};

/**
 * The Prisma model of a content type. The cast is the one place where the generic code leaves
 * Prisma's own delegate: TypeScript cannot follow `tx[type]` for a type parameter, and
 * ContentDelegate<T> is a narrowing of that model's delegate (its create and update take
 * exactly Columns<T> and the shared columns, which are Prisma's own input types).
 */
export function contentModel<T extends EntityType>(tx: Tx, type: T): ContentDelegate<T> {
  return tx[type] as unknown as ContentDelegate<T>;
}

/** Valid form values, ready to write: the entry's columns and how to write its relations. */
export type ValidEntry<T extends EntityType> = {
  slug: string | null;
  /** The human name of the entry, from which its slug is made. */
  title: string;
  columns: Columns<T>;
  writeRelations(tx: Tx, id: string): Promise<void>;
};

/** A content type as the engine sees it: its form (client-safe) and its server side. */
export type ContentType<T extends EntityType> = ContentForm<T> & {
  parse(values: unknown): { success: true; entry: ValidEntry<T> } | { success: false; error: z.ZodError };
  /** The entry as form values: what the form edits and what a revision stores. */
  formValues(tx: Tx, id: string): Promise<FormValues | null>;
};

type ServerSide<V, S> = {
  titleOf(values: V): string;
  /** The entry's own columns (not slug, status or bookkeeping). */
  scalars(values: V): S;
  /** Related rows: authors, members, topics, links ... replaced as a whole. */
  writeRelations(tx: Tx, id: string, values: V): Promise<void>;
  formValues(tx: Tx, id: string): Promise<FormValues | null>;
};

/** A column name that is no column of the table fails here (a spread would let it through). */
type OnlyColumns<T extends EntityType, S> = [Exclude<keyof S, keyof Columns<T>>] extends [never]
  ? unknown
  : { scalars: `not a column: ${Exclude<keyof S, keyof Columns<T>> & string}` };

/**
 * One content type: its form (lib/<type>/form.ts) and its server side. A wrong column name or
 * type in `scalars` fails tsc (lib/content/engine/columns.test-d.ts).
 */
export function defineContentType<T extends EntityType, V extends { slug: string | null }, S extends Columns<T>>(
  form: ContentForm<T> & { schema: z.ZodType<V, FormValues> },
  server: ServerSide<V, S> & OnlyColumns<T, S>,
): ContentType<T> & { entryOf(values: V): ValidEntry<T> } {
  const entryOf = (values: V): ValidEntry<T> => ({
    slug: values.slug,
    title: server.titleOf(values),
    columns: server.scalars(values),
    writeRelations: (tx, id) => server.writeRelations(tx, id, values),
  });
  return {
    ...form,
    parse(values) {
      const parsed = form.schema.safeParse(values);
      return parsed.success ? { success: true, entry: entryOf(parsed.data) } : { success: false, error: parsed.error };
    },
    formValues: server.formValues,
    entryOf,
  };
}
