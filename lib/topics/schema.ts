import { z } from "zod";
import { longText, requiredText, slugField } from "@/lib/content/forms/form-fields";

// The topic form, validated the same way in the browser and in the server action.

export const topicSchema = z.object({
  name: requiredText("Navn", 200),
  description: longText(2000),
  slug: slugField,
});

export type TopicValues = z.output<typeof topicSchema>;

export const EMPTY_TOPIC: z.input<typeof topicSchema> = { name: "", description: "", slug: "" };
