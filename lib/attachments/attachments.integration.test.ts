import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { createTestEditor } from "@/test/editors";
import { createSeededDatabase } from "@/test/seeded-database";
import type { Editor } from "@/lib/auth/session";

// The attachment upload (POST /redaksjon/vedlegg), serving (/filer/<id>/<name>) and how files
// follow their entry into the trash and back, against a real PostgreSQL.

const session = vi.hoisted(() => ({ sid: null as string | null }));
vi.mock("@/lib/auth/config", () => ({
  auth: async () => (session.sid ? { sid: session.sid, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
  clientIp: () => "203.0.113.9",
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), draftMode: async () => ({ isEnabled: false }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect:${to}`), { digest: `NEXT_REDIRECT;${to}` });
  },
}));

let database: Awaited<ReturnType<typeof createSeededDatabase>>;
let upload: typeof import("./upload");
let serve: typeof import("./serve");
let lifecycle: typeof import("@/lib/content/engine/lifecycle");
let store: typeof import("./store");
let editor: Editor;
let admin: Editor;
let workId: string;

const SITE = "http://localhost:3000";
// A small PDF as a PDF writer makes one: header, one page, cross-reference table, trailer, %%EOF.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n" +
    "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\nxref\n0 4\n0000000000 65535 f \n" +
    "trailer <</Size 4 /Root 1 0 R>>\nstartxref\n0\n%%EOF\n",
);

function uploadRequest(
  fields: { file?: Blob; name?: string; alt?: string; title?: string; role?: string },
  options: { id?: string; type?: string; origin?: string | null } = {},
) {
  const form = new FormData();
  if (fields.file) form.set("fil", fields.file, fields.name ?? "rapport.pdf");
  form.set("tittel", fields.title ?? "");
  form.set("rolle", fields.role ?? "fulltext");
  form.set("alt", fields.alt ?? "");
  const url = `${SITE}/redaksjon/vedlegg?type=${options.type ?? "publication"}&id=${options.id ?? workId}`;
  const origin = options.origin === undefined ? SITE : options.origin;
  return new Request(url, {
    method: "POST",
    body: form,
    headers: { "x-forwarded-host": "localhost:3000", ...(origin ? { origin } : {}) },
  });
}

/** The code the upload's redirect carries (?vedlegg=…). */
async function uploadCode(request: Request): Promise<string | null> {
  const response = await upload.uploadAttachmentRoute(request);
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!, SITE).searchParams.get("vedlegg");
}

const get = (path: string, headers: Record<string, string> = {}) =>
  serve.serveAttachment(new Request(`${SITE}${path}`, { headers }), path.split("/")[2]!);

const latest = () => database.db.attachment.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
const attachmentCount = () => database.db.attachment.count();

beforeAll(async () => {
  database = await createSeededDatabase();
  upload = await import("./upload");
  serve = await import("./serve");
  store = await import("./store");
  lifecycle = await import("@/lib/content/engine/lifecycle");
  editor = await createTestEditor(database.db, "editor");
  admin = await createTestEditor(database.db, "admin");
  workId = (await database.db.publication.findUniqueOrThrow({ where: { slug: "hjelper-selvhjelp" } })).id;
});
afterAll(async () => database?.drop());
beforeEach(() => {
  session.sid = editor.sessionId;
});

describe("upload", () => {
  it("stores a PDF with its size, hash and a safe name, and logs who attached it", async () => {
    const code = await uploadCode(uploadRequest({ file: new Blob([PDF]), name: "../Hjelper selvhjelp (2011).pdf" }));
    expect(code).toBe("lagt-til");
    const row = await latest();
    expect(row).toMatchObject({
      kind: "pdf",
      role: "fulltext",
      mediaType: "application/pdf",
      fileName: "Hjelper-selvhjelp-2011.pdf",
      title: "Hjelper-selvhjelp-2011",
      byteSize: PDF.length,
      publicationId: workId,
      createdById: editor.id,
    });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: "attachment_add" } });
    expect(audit).toMatchObject({ userId: editor.id, entityType: "publication", entityId: workId });
  });

  it("refuses a file called .pdf that is not one, SVG included", async () => {
    const before = await attachmentCount();
    const html = new Blob(["<html><script>alert(1)</script></html>"], { type: "application/pdf" });
    expect(await uploadCode(uploadRequest({ file: html, name: "rapport.pdf" }))).toBe("filtype");
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: "image/svg+xml" });
    expect(await uploadCode(uploadRequest({ file: svg, name: "logo.svg", alt: "Logo" }))).toBe("filtype");
    expect(await attachmentCount()).toBe(before);
  });

  it("refuses more than 50 MB while it streams in, without reading the rest", async () => {
    let pulled = 0;
    const megabyte = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 200) controller.close();
        else controller.enqueue(megabyte);
      },
    });
    const request = new Request(`${SITE}/redaksjon/vedlegg?type=publication&id=${workId}`, {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        origin: SITE,
        "x-forwarded-host": "localhost:3000",
        "content-type": "multipart/form-data; boundary=x",
      },
    } as RequestInit);
    expect(await uploadCode(request)).toBe("for-stor");
    expect(pulled).toBeLessThan(60);
    const announced = uploadRequest({ file: new Blob([PDF]) });
    const big = new Request(announced, {
      headers: { ...Object.fromEntries(announced.headers), "content-length": String(60 * 1024 * 1024) },
    });
    expect(await uploadCode(big)).toBe("for-stor");
  });

  it("stores an image only with alternative text, and in sizes for phone and desktop", async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#11625c" } })
      .png()
      .toBuffer();
    const before = await attachmentCount();
    expect(await uploadCode(uploadRequest({ file: new Blob([png]), name: "møte.png", alt: "  " }))).toBe("alt");
    expect(await attachmentCount()).toBe(before);
    const alt = "Deltakere i en selvhjelpsgruppe";
    expect(await uploadCode(uploadRequest({ file: new Blob([png]), name: "møte.png", alt }))).toBe("lagt-til");
    const row = await latest();
    expect(row).toMatchObject({ kind: "image", role: "illustration", altText: alt, width: 1600, height: 900 });
    const phone = await get(`/filer/${row.id}/mote.png?bredde=640`);
    expect(phone.headers.get("content-type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await phone.arrayBuffer())).metadata()).width).toBe(640);
    expect((await get(`/filer/${row.id}/mote.png?bredde=999`)).status).toBe(404);
  });

  it("refuses without a session, from another site, and for an entry in the trash", async () => {
    const before = await attachmentCount();
    session.sid = null;
    expect((await upload.uploadAttachmentRoute(uploadRequest({ file: new Blob([PDF]) }))).status).toBe(401);
    session.sid = editor.sessionId;
    const foreign = uploadRequest({ file: new Blob([PDF]) }, { origin: "https://angriper.example" });
    expect((await upload.uploadAttachmentRoute(foreign)).status).toBe(403);
    const anonymous = uploadRequest({ file: new Blob([PDF]) }, { origin: null });
    expect((await upload.uploadAttachmentRoute(anonymous)).status).toBe(403);
    expect((await upload.uploadAttachmentRoute(uploadRequest({}, { type: "person" }))).status).toBe(400);
    const trashed = await database.db.publication.update({
      where: { slug: "fortrolige-fremmede" },
      data: { deletedAt: new Date() },
    });
    expect(await uploadCode(uploadRequest({ file: new Blob([PDF]) }, { id: trashed.id }))).toBe("oppforing");
    expect(await uploadCode(uploadRequest({}))).toBe("tom");
    expect(await attachmentCount()).toBe(before);
  });
});

describe("serving", () => {
  it("serves the bytes with their type, a safe inline name, nosniff, an ETag and shared caching", async () => {
    const row = await database.db.attachment.findFirstOrThrow({ where: { kind: "pdf" } });
    session.sid = null;
    const response = await get(`/filer/${row.id}/${row.fileName}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": 'inline; filename="Hjelper-selvhjelp-2011.pdf"',
      "x-content-type-options": "nosniff",
      etag: `"${row.sha256}"`,
      "cache-control": "public, max-age=60",
      "content-length": String(PDF.length),
    });
    const again = await get(`/filer/${row.id}/${row.fileName}`, { "if-none-match": `"${row.sha256}"` });
    expect(again.status).toBe(304);
    expect((await get("/filer/finnes-ikke/x.pdf")).status).toBe(404);
    expect((await get("/filer/%00/x.pdf")).status).toBe(404);
  });

  it("follows its entry: a draft's or a trashed entry's file is not public; restored, it is again", async () => {
    const row = await database.db.attachment.findFirstOrThrow({ where: { kind: "pdf" } });
    const path = `/filer/${row.id}/${row.fileName}`;
    await lifecycle.moveToTrash("publication", workId, editor);
    session.sid = null;
    expect((await get(path)).status).toBe(404);
    session.sid = editor.sessionId;
    const forEditor = await get(path);
    expect(forEditor.status).toBe(200);
    expect(forEditor.headers.get("cache-control")).toBe("private, no-store");
    expect((await lifecycle.restoreFromTrash("publication", workId, admin)).ok).toBe(true);
    session.sid = null;
    expect((await get(path)).status).toBe(200);

    await lifecycle.setPublished("publication", workId, false, editor);
    expect((await get(path)).status).toBe(404);
    await lifecycle.setPublished("publication", workId, true, editor);
    expect((await get(path)).status).toBe(200);
  });

  it("a removed attachment is gone from the page and its address, and can be brought back", async () => {
    const row = await database.db.attachment.findFirstOrThrow({ where: { kind: "pdf" } });
    const path = `/filer/${row.id}/${row.fileName}`;
    expect((await store.setAttachmentRemoved(row.id, true, editor)).ok).toBe(true);
    session.sid = null;
    expect((await get(path)).status).toBe(404);
    expect(await database.db.auditEvent.count({ where: { action: "attachment_remove" } })).toBe(1);
    expect((await store.setAttachmentRemoved(row.id, true, editor)).ok).toBe(false);
    expect((await store.setAttachmentRemoved(row.id, false, editor)).ok).toBe(true);
    expect((await get(path)).status).toBe(200);
  });
});

describe("metadata and exports", () => {
  it("point at the work's PDF: citation_pdf_url, JSON-LD encoding, RIS L1, and the URL where there is no other", async () => {
    const { publishedPublicationBySlug } = await import("@/lib/publications/queries");
    const { publicationRecordBySlug } = await import("@/lib/publications/records");
    const { highwireTags } = await import("@/lib/interop/highwire");
    const { publicationJsonLd } = await import("@/lib/interop/jsonld/publication");
    const { exportWorks } = await import("@/lib/citation/exports");
    const { citableWork } = await import("@/lib/publications/citation");
    const row = await database.db.attachment.findFirstOrThrow({ where: { kind: "pdf" } });
    const url = `http://localhost:3000/filer/${row.id}/${row.fileName}`;
    const work = (await publishedPublicationBySlug("hjelper-selvhjelp"))!;
    expect(highwireTags(work).citation_pdf_url).toBe(url);
    expect(publicationJsonLd(work).encoding).toContainEqual(
      expect.objectContaining({ contentUrl: url, encodingFormat: "application/pdf" }),
    );
    const record = citableWork((await publicationRecordBySlug("hjelper-selvhjelp"))!);
    expect(exportWorks([record], "ris")).toContain(`L1  - ${url}\r\n`);
    // The work's own full-text link stays its URL; the PDF is the URL only of a work without one.
    const link = work.links.find((l) => l.kind === "fulltext")!.url;
    expect(JSON.parse(exportWorks([record], "csl-json"))[0].URL).toBe(link);
    expect(citableWork({ ...(await publicationRecordBySlug("hjelper-selvhjelp"))!, links: [] }).url).toBe(url);
  });
});
