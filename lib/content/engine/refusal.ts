import type { FieldErrors } from "@/lib/content/forms/field-errors";

/**
 * Thrown by an adapter's writeRelations for input that is valid on its own but not against
 * the database (an organisation placed under itself). The save's transaction rolls back
 * and the editor sees the messages at the fields.
 */
export class RelationsRefused extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("The entry's relations were refused");
  }
}
