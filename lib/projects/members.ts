import { z } from "zod";
import { optionalText, requiredText } from "@/lib/content/forms/form-fields";

// A project's team as the form edits it: ordered members, each an existing person or one
// typed in as new, with a free-text role and ordered affiliations during the project.

const affiliationSchema = z.object({
  organisationId: z
    .string({ message: "Velg en organisasjon." })
    .trim()
    .min(1, { message: "Velg en organisasjon." })
    .max(40),
  note: optionalText(300),
});

const memberSchema = z
  .object({
    personId: z.string().trim().max(40).optional(),
    newPerson: z.object({ givenName: optionalText(200), familyName: requiredText("Etternavn", 200) }).optional(),
    role: optionalText(200),
    affiliations: z.array(affiliationSchema).max(10, { message: "Høyst 10 arbeidssteder per person." }),
  })
  .refine((m) => Boolean(m.personId) !== Boolean(m.newPerson), { message: "Velg en person.", path: ["personId"] });

/** Members in order; the same existing person only once. */
export const membersSchema = z
  .array(memberSchema)
  .max(100)
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((member, i) => {
      if (!member.personId) return;
      if (seen.has(member.personId))
        ctx.addIssue({ code: "custom", path: [i, "personId"], message: "Personen står allerede i listen." });
      seen.add(member.personId);
    });
  });

export type MemberValues = z.output<typeof membersSchema>[number];

/** One member as the form edits it (strings, "" for none). */
export type MemberInput = {
  personId?: string;
  newPerson?: { givenName: string; familyName: string };
  role: string;
  affiliations: { organisationId: string; note: string }[];
};
