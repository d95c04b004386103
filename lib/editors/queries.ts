import "server-only";
import { db } from "@/lib/db";
import { listEditors } from "./manage";

/** Every editor account, for the admins' «Redaktører» (manage.ts takes its client, for the CLI too). */
export function editorAccounts() {
  return listEditors(db);
}
