import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/database";
import { IDENTIFIER_FORMS, NOT_IDENTIFIERS } from "./search-identifier-forms";
import { identifiersIn } from "./search-identifiers";

// The search text is read by lib/publications/search-identifiers.ts, a work's fields and links by
// the database's search_identifiers(), which fills "searchIds": both must give the same normal form,
// or a pasted identifier would miss its work.

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

async function inDatabase(text: string): Promise<string[]> {
  const { rows } = await client.query<{ ids: string[] }>("SELECT search_identifiers($1) AS ids", [text]);
  return rows[0]!.ids;
}

describe("search_identifiers() in the database and identifiersIn() agree", () => {
  it.each(IDENTIFIER_FORMS)("on «%s»: %s", async (written, id) => {
    expect(await inDatabase(written)).toEqual([id]);
    expect(identifiersIn(written).identifiers).toEqual([id]);
  });

  it.each(NOT_IDENTIFIERS)("on «%s»: none", async (token) => {
    expect(await inDatabase(token)).toEqual([]);
    expect(identifiersIn(token).identifiers).toEqual([]);
  });

  it("on a text of several, as a work's fields and links are joined", async () => {
    const text =
      "10.23865/noasp.68 978-82-02-64657-8 https://hdl.handle.net/10037/1727 https://www.selvhjelp.no/ 1403-4948 doi:10.23865/NOASP.68";
    const ids = ["doi:10.23865/noasp.68", "hdl:10037/1727", "isbn:978820264657", "issn:14034948"];
    expect(await inDatabase(text)).toEqual(ids);
    expect(identifiersIn(text).identifiers).toEqual(ids);
    expect(await inDatabase("")).toEqual([]);
  });
});
