import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedData } from "@/prisma/seed/data";
import { createSeededDatabase } from "@/test/seeded-database";

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let purge: typeof import("./purge");
let linkedTags: typeof import("./entry-tags");

beforeAll(async () => {
  database = await createSeededDatabase();
  purge = await import("./purge");
  linkedTags = await import("./entry-tags");
});
afterAll(async () => database?.drop());

const idOf = async (model: "publication" | "person" | "organisation" | "project", slug: string) =>
  // @ts-expect-error -- the four models share findUniqueOrThrow({ where: { slug } }); TypeScript cannot call a union of them
  ((await database.db[model].findUniqueOrThrow({ where: { slug }, select: { id: true } })) as { id: string }).id;
const sorted = (tags: (string | false | undefined)[]) =>
  [...new Set(tags.filter((tag): tag is string => Boolean(tag)))].sort();

describe("entryTags: the entry and every entry linked to it, from the seed content", () => {
  it("a work: its authors and editors, institution, projects, topics and related works", async () => {
    for (const work of seedData.publications) {
      const relatedOf = seedData.publications
        .filter((other) => other.related?.includes(work.slug))
        .map((other) => other.slug);
      const expected = sorted([
        `publikasjon:${work.slug}`,
        ...[...(work.authors ?? []), ...(work.editors ?? [])].map((slug) => `person:${slug}`),
        work.institution && `organisasjon:${work.institution}`,
        ...(work.projects ?? []).map((slug) => `prosjekt:${slug}`),
        ...(work.topics ?? []).map((slug) => `emne:${slug}`),
        ...[...(work.related ?? []), ...relatedOf].map((slug) => `publikasjon:${slug}`),
      ]);
      expect(await linkedTags.entryTags("publication", await idOf("publication", work.slug)), work.slug).toEqual(
        expected,
      );
    }
  });

  it("a person: their works, projects and organisation", async () => {
    for (const person of seedData.persons) {
      const works = seedData.publications.filter((work) =>
        [...(work.authors ?? []), ...(work.editors ?? [])].includes(person.slug),
      );
      const projects = seedData.projects.filter((project) =>
        project.members?.some((member) => member.person === person.slug),
      );
      const expected = sorted([
        `person:${person.slug}`,
        person.affiliation && `organisasjon:${person.affiliation}`,
        ...works.map((work) => `publikasjon:${work.slug}`),
        ...projects.map((project) => `prosjekt:${project.slug}`),
      ]);
      expect(await linkedTags.entryTags("person", await idOf("person", person.slug)), person.slug).toEqual(expected);
    }
  });

  it("a project: its organisations, members, works, topics and events", async () => {
    for (const project of seedData.projects) {
      const tags = await linkedTags.entryTags("project", await idOf("project", project.slug));
      const expected = [
        `prosjekt:${project.slug}`,
        ...[project.coordinator, ...(project.partners ?? []), ...(project.funders ?? [])]
          .filter(Boolean)
          .map((slug) => `organisasjon:${slug}`),
        ...(project.members ?? []).flatMap((member) => [
          `person:${member.person}`,
          ...member.affiliations.map((a) => `organisasjon:${a.organisation}`),
        ]),
        ...seedData.publications
          .filter((work) => work.projects?.includes(project.slug))
          .map((work) => `publikasjon:${work.slug}`),
        ...(project.topics ?? []).map((slug) => `emne:${slug}`),
        ...seedData.events
          .filter((event) => event.project === project.slug)
          .map((event) => `arrangement:${event.slug}`),
      ];
      expect(tags, project.slug).toEqual(sorted(expected));
    }
  });

  it("an organisation: also the works of its people and projects, where its name is shown too; the one it became", async () => {
    const hint = seedData.organisations.find((organisation) => organisation.slug === "hint");
    expect(hint?.successor).toBeTruthy();
    const tags = await linkedTags.entryTags("organisation", await idOf("organisation", "hint"));
    expect(tags).toContain("organisasjon:hint");
    expect(tags).toContain(`organisasjon:${hint!.successor}`);
    const projects = seedData.projects.filter(
      (project) =>
        project.coordinator === "hint" ||
        project.partners?.includes("hint") ||
        project.members?.some((member) => member.affiliations.some((a) => a.organisation === "hint")),
    );
    expect(projects.length).toBeGreaterThan(0);
    for (const project of projects) {
      expect(tags).toContain(`prosjekt:${project.slug}`);
      for (const work of seedData.publications.filter((w) => w.projects?.includes(project.slug)))
        expect(tags).toContain(`publikasjon:${work.slug}`);
    }
  });

  it("an entry that is gone has none", async () => {
    expect(await linkedTags.entryTags("publication", "cmx0000000000000000000000")).toEqual([]);
  });
});

describe("sendPurge", () => {
  type Received = { headers: http.IncomingHttpHeaders; body: string };
  let received: Received[] = [];
  let answer: (request: number) => number | "hang" = () => 200;
  let receiver: http.Server;
  let url: string;

  beforeAll(async () => {
    receiver = http.createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      received.push({ headers: req.headers, body });
      const status = answer(received.length);
      if (status !== "hang") res.writeHead(status, { "content-type": "application/json" }).end('{"success":true}');
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/purge`;
  });
  afterAll(() => {
    receiver.closeAllConnections();
    receiver.close();
  });
  const target = () => ({
    url,
    token: "purge-token-123",
    userAgent: "SelvhjelpForskning/1 (+https://forskning.example.no)",
    retryPausesMs: [10, 10],
  });
  const reset = (status: (request: number) => number | "hang") => {
    received = [];
    answer = status;
  };

  it("posts the tags as Cloudflare's JSON and as Fastly's Surrogate-Key, with the token and a User-Agent", async () => {
    reset(() => 200);
    expect(await purge.sendPurge(["person:b", "lister", "person:a", "lister"], target())).toBe(true);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toEqual({ tags: ["lister", "person:a", "person:b"] });
    expect(received[0]!.headers["surrogate-key"]).toBe("lister person:a person:b");
    expect(received[0]!.headers.authorization).toBe("Bearer purge-token-123");
    expect(received[0]!.headers["content-type"]).toBe("application/json");
    expect(received[0]!.headers["user-agent"]).toContain("SelvhjelpForskning");
  });

  it("sends at most 100 tags per request", async () => {
    reset(() => 200);
    const tags = Array.from({ length: 250 }, (_, i) => `publikasjon:verk-${String(i).padStart(3, "0")}`);
    expect(await purge.sendPurge(tags, target())).toBe(true);
    expect(received.map((r) => (JSON.parse(r.body) as { tags: string[] }).tags.length)).toEqual([100, 100, 50]);
    expect(received.flatMap((r) => (JSON.parse(r.body) as { tags: string[] }).tags)).toEqual(tags);
  });

  it("tries again after a refusal or a 429, and logs one error line when it gives up", async () => {
    reset((n) => (n === 1 ? 503 : n === 2 ? 429 : 200));
    expect(await purge.sendPurge(["lister"], target())).toBe(true);
    expect(received).toHaveLength(3);

    reset(() => 500);
    const errors = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await purge.sendPurge(["lister"], target())).toBe(false);
      expect(received).toHaveLength(3);
      const lines = errors.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({ level: "error", event: "purge-failed", tags: 1, attempts: 3, error: "HTTP 500" }),
      ]);
      expect(String(errors.mock.calls[0]![0])).not.toContain("purge-token-123");
    } finally {
      errors.mockRestore();
    }
  });

  it("gives up on a receiver that does not answer within the timeout", async () => {
    reset(() => "hang");
    const errors = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await purge.sendPurge(["lister"], { ...target(), timeoutMs: 200, retryPausesMs: [] })).toBe(false);
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      errors.mockRestore();
    }
  });
});
