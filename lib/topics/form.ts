import { defineForm } from "@/lib/content/forms/form-config";
import { EMPTY_TOPIC, topicSchema } from "./schema";

export const topicForm = defineForm({
  type: "topic",
  singular: "emne",
  plural: "Emner",
  newLabel: "Nytt emne",
  adminSegment: "emner",
  publicSegment: null,
  titleField: "name",
  schema: topicSchema,
  empty: EMPTY_TOPIC,
  sections: [
    {
      title: "Emne",
      fields: [
        {
          name: "name",
          label: "Navn",
          kind: "text",
          required: true,
          help: "For eksempel «Empowerment» eller «Pårørende».",
        },
        {
          name: "description",
          label: "Forklaring",
          kind: "textarea",
          help: "Hva emnet omfatter, i en setning eller to.",
        },
        { name: "slug", label: "Adresse (slug)", kind: "slug", help: "Lages av navnet hvis feltet er tomt." },
      ],
    },
  ],
});
