// Type-level tests, checked by `tsc --noEmit` (part of `npm test`), never run: each
// `@ts-expect-error` fails the typecheck when the error below it disappears, that is when a
// misspelt column or a column of the wrong type in a content write would compile again.
import type { Editor } from "@/lib/auth/session";
import { topicForm } from "@/lib/topics/form";
import type { TopicValues } from "@/lib/topics/schema";
import { contentModel, defineContentType, type Columns, type Tx } from "@/lib/content/engine/adapter";

declare const tx: Tx;
declare const editor: Editor;
const managed = { slug: "pa-rorende", status: "draft", createdById: editor.id, updatedById: editor.id } as const;
const topic: Columns<"topic"> = { name: "Pårørende", description: null };

export async function creates() {
  await contentModel(tx, "topic").create({ data: { ...topic, ...managed }, select: { id: true } });
  await contentModel(tx, "topic").create({
    // @ts-expect-error: no column "nmae" (misspelt)
    data: { ...managed, nmae: "Pårørende", description: null },
    select: { id: true },
  });
  const work = { ...managed, title: "Takk for tilliten", type: "rapport", language: "nb" } as const;
  // @ts-expect-error: "year" is a number
  await contentModel(tx, "publication").create({ data: { ...work, year: "2020" }, select: { id: true } });
}

export async function updates() {
  await contentModel(tx, "publication").updateMany({
    where: { id: "p1", version: 1 },
    data: { year: 2020, version: { increment: 1 } },
  });
  // @ts-expect-error: no column "subtitel" (misspelt)
  await contentModel(tx, "publication").updateMany({ where: { id: "p1" }, data: { subtitel: "Et notat" } });
  // @ts-expect-error: "pageCount" is a number
  await contentModel(tx, "publication").updateMany({ where: { id: "p1" }, data: { pageCount: "12" } });
}

const server = { titleOf: (v: TopicValues) => v.name, writeRelations: async () => {}, formValues: async () => null };

export const definitions = [
  defineContentType(topicForm, { ...server, scalars: ({ name, description }) => ({ name, description }) }),
  // @ts-expect-error: a content type's columns are checked too: no column "descripton" (misspelt) ...
  defineContentType(topicForm, { ...server, scalars: ({ name, description }) => ({ name, descripton: description }) }),
  // @ts-expect-error: ... and "name" is text
  defineContentType(topicForm, { ...server, scalars: ({ description }) => ({ name: 7, description }) }),
];
