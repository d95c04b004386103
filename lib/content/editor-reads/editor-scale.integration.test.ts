import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";

// The editors' pages at any size (issue 11): the pickers' search (editors only, hostile input
// refused, few results), the lists' and trash's pages, and the dashboard's queries.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let route: typeof import("@/app/redaksjon/valg/route");
let queries: typeof import("@/lib/content/editor-reads/editor-queries");
let pickers: typeof import("@/lib/content/editor-reads/picker-options");
let editor: Awaited<ReturnType<typeof createTestEditor>>;

beforeAll(async () => {
  database = await createSeededDatabase();
  route = await import("@/app/redaksjon/valg/route");
  queries = await import("@/lib/content/editor-reads/editor-queries");
  pickers = await import("@/lib/content/editor-reads/picker-options");
  editor = await createTestEditor(database.db, "editor", "skala@example.no");
  // More people than a picker shows at once, all named alike.
  await database.db.person.createMany({
    data: Array.from({ length: 45 }, (_, i) => ({
      slug: `testperson-${i}`,
      givenName: `Testfornavn${i}`,
      familyName: "Mangesen",
      status: "published" as const,
    })),
  });
});
afterAll(() => database.drop());

const search = (query: string) => route.GET(new Request(`http://localhost/redaksjon/valg?${query}`));

describe("the pickers' search", () => {
  it("answers only a signed-in editor", async () => {
    session.sid = null;
    const response = await search("sett=persons&q=gotaas");
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Gotaas");
  });

  it("refuses what no picker sends with a 400", async () => {
    session.sid = editor.sessionId;
    for (const query of [
      "sett=users&q=a",
      "q=gotaas",
      "sett=persons&q=%00",
      "sett=persons&q=a%0Ab",
      `sett=persons&q=${"a".repeat(101)}`,
      "sett=persons&sett=topics&q=a",
      "sett=__proto__",
    ]) {
      const response = await search(query);
      expect(response.status, query).toBe(400);
    }
  });

  it("finds people by given and family name in any order, at most 20", async () => {
    session.sid = editor.sessionId;
    const found = async (query: string) =>
      ((await (await search(query)).json()) as { options: { value: string; label: string }[] }).options;
    expect((await found("sett=persons&q=nora%20gotaas")).map((o) => o.label)).toEqual(["Gotaas, Nora"]);
    const many = await found("sett=persons&q=mangesen");
    expect(many).toHaveLength(pickers.PICKER_LIMIT);
    expect(many.every((o) => o.label.startsWith("Mangesen, Testfornavn"))).toBe(true);
    // LIKE's wildcards are searched for as text.
    expect(await found("sett=persons&q=%25")).toEqual([]);
    expect(await found("sett=persons&q=_")).toEqual([]);
  });

  it("loads the labels of an entry's references only", async () => {
    const nora = await database.db.person.findFirstOrThrow({ where: { familyName: "Gotaas" } });
    const { ENTITY } = await import("@/lib/content/entities");
    const options = await pickers.chosenOptions(ENTITY.publication, [
      { ...ENTITY.publication.empty, authors: [{ personId: nora.id }], topicIds: [] },
    ]);
    expect(options).toEqual({ persons: [{ value: nora.id, label: "Gotaas, Nora" }] });
  });
});

describe("the editors' lists", () => {
  it("page through every entry once, in a stable order, also when entries were changed at the same moment", async () => {
    await database.db.person.updateMany({ where: { familyName: "Mangesen" }, data: { updatedAt: new Date(0) } });
    const total = await database.db.person.count({ where: { deletedAt: null } });
    const seen: string[] = [];
    const pageCount = Math.ceil(total / queries.EDITOR_PAGE_SIZE);
    for (let page = 1; page <= pageCount; page++) {
      const result = await queries.listEntries("person", { sort: "updated", page });
      expect(result.pageCount).toBe(pageCount);
      seen.push(...result.rows.map((row) => row.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it("search titles for % and _ as text, not as wildcards", async () => {
    const titles = async (q: string) =>
      (await queries.listEntries("publication", { sort: "title", page: 1, q })).rows.map((row) => row.id);
    expect(await titles("%")).toEqual([]);
    expect(await titles("_")).toEqual([]);
    expect((await titles("selvhjelp")).length).toBeGreaterThan(0);
  });

  it("page the trash past its first 25 entries", async () => {
    await database.db.person.updateMany({ where: { familyName: "Mangesen" }, data: { deletedAt: new Date() } });
    const first = await queries.listEntries("person", { trash: true, sort: "updated", page: 1 });
    const second = await queries.listEntries("person", { trash: true, sort: "updated", page: 2 });
    expect(first.total).toBe(45);
    expect(first.rows).toHaveLength(25);
    expect(second.rows).toHaveLength(20);
    expect(second.rows.some((row) => first.rows.some((other) => other.id === row.id))).toBe(false);
  });
});

describe("the dashboard", () => {
  /** The statements the app's pool sends while `run` runs. */
  async function statements(run: () => Promise<unknown>): Promise<number> {
    const spy = vi.spyOn(pg.Pool.prototype, "query");
    try {
      await run();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it("asks the same number of queries for one recent change as for ten", async () => {
    const works = await database.db.publication.findMany({ take: 10, orderBy: { slug: "asc" }, select: { id: true } });
    const event = (id: string) => ({ action: "update", entityType: "publication", entityId: id, userId: editor.id });
    await database.db.auditEvent.create({ data: event(works[0]!.id) });
    const withOne = await statements(() => queries.dashboard(editor.id));
    await database.db.auditEvent.createMany({ data: works.slice(1).map((w) => event(w.id)) });
    const withTen = await statements(() => queries.dashboard(editor.id));
    expect(withOne).toBeGreaterThan(0);
    expect(withTen).toBe(withOne);
    const { recent } = await queries.dashboard(editor.id);
    expect(recent).toHaveLength(10);
    expect(recent.every((e) => e.meta?.label)).toBe(true);
  });
});
