// `npm run editors -- create|list|disable|enable|reset-password ...`: manages editor accounts.
// Passwords come from EDITOR_PASSWORD or standard input, never from the command line.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { EditorError, createEditor, listEditors, resetEditorPassword, setEditorDisabled } from "../lib/editors/manage";
import { openDatabase, prepareDatabase } from "./lib/database";

const USAGE = `Usage:
  npm run editors -- create --email E --name N --role admin|editor
  npm run editors -- list
  npm run editors -- disable --email E
  npm run editors -- enable --email E
  npm run editors -- reset-password --email E
The password is read from EDITOR_PASSWORD or standard input (at least 12 characters).`;

async function readPassword(): Promise<string> {
  if (process.env.EDITOR_PASSWORD) return process.env.EDITOR_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters): ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new EditorError(`Missing --${name}.\n${USAGE}`);
  return value;
}

async function run(db: PrismaClient, command: string | undefined, values: Record<string, string | undefined>) {
  const actor = { userId: null, ip: "cli" };
  switch (command) {
    case "create": {
      const role = required(values.role, "role");
      if (role !== "admin" && role !== "editor") throw new EditorError("--role must be admin or editor.");
      const user = await createEditor(db, actor, {
        email: required(values.email, "email"),
        name: required(values.name, "name"),
        role,
        password: await readPassword(),
      });
      console.log(`Created ${user.role} ${user.name} <${user.email}>`);
      return;
    }
    case "list":
      for (const u of await listEditors(db))
        console.log(`${u.email}\t${u.name}\t${u.role}${u.disabled ? "\tdisabled" : ""}`);
      return;
    case "disable":
    case "enable":
      await setEditorDisabled(db, actor, required(values.email, "email"), command === "disable");
      console.log(`${command === "disable" ? "Disabled" : "Enabled"} ${values.email}`);
      return;
    case "reset-password":
      await resetEditorPassword(db, actor, required(values.email, "email"), await readPassword());
      console.log(`New password set for ${values.email}; their sessions have ended.`);
      return;
    default:
      throw new EditorError(USAGE);
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const database = await openDatabase();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await prepareDatabase(database.url);
    await run(db, positionals[0], values);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof EditorError ? error.message : error);
    process.exit(1);
  },
);
