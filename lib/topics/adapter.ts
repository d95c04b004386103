import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { topicForm } from "./form";

export const topicType = defineContentType(topicForm, {
  titleOf: (v) => v.name,
  scalars: ({ slug: _slug, ...rest }) => rest,
  // Publications and projects choose their topics in their own forms.
  async writeRelations() {},

  async formValues(tx: Tx, id: string) {
    const t = await tx.topic.findUnique({ where: { id } });
    if (!t) return null;
    return { name: t.name, description: blank(t.description), slug: t.slug };
  },
});
