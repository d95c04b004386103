import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** Zod issues by field path ("authors.1.newPerson.familyName"), for messages at the fields. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
