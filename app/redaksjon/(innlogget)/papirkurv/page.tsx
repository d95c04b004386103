import { TrashActions } from "@/components/editor/TrashActions";
import { requireEditorPage } from "@/lib/auth/session";
import { purgeAction, restoreFromTrashAction } from "@/lib/content/engine/actions";
import { listEntries } from "@/lib/content/editor-reads/editor-queries";
import { ENTITY, ENTITY_TYPES, type EntityType } from "@/lib/content/entities";
import { Pagination, pageNumber } from "@/components/editor/Pagination";
import { formatDate } from "@/lib/format/norwegian";

export const metadata = { title: "Papirkurv" };

const DONE: Record<string, string> = { hentet: "Hentet tilbake fra papirkurven.", slettet: "Slettet for godt." };

const pageParam = (type: EntityType) => `${ENTITY[type].adminSegment}-side`;

export default async function TrashPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const editor = await requireEditorPage();
  const query = await searchParams;
  // Only the two known keys: ?utfort=__proto__ must not look up the object's prototype.
  const utfort = query.utfort;
  const done = typeof utfort === "string" && Object.hasOwn(DONE, utfort) ? DONE[utfort] : undefined;
  // Each type pages on its own: ?publikasjoner-side=2 (a page past the last shows none).
  const pages = Object.fromEntries(ENTITY_TYPES.map((type) => [type, pageNumber(query[pageParam(type)])]));
  const groups = await Promise.all(
    ENTITY_TYPES.map(async (type) => ({
      type,
      ...(await listEntries(type, { trash: true, sort: "updated", page: pages[type]! })),
    })),
  );
  const href = (type: EntityType, page: number) =>
    `/redaksjon/papirkurv?${new URLSearchParams(
      Object.entries({ ...pages, [type]: page })
        .filter(([, p]) => p > 1)
        .map(([t, p]) => [pageParam(t as EntityType), String(p)]),
    )}`;
  const isAdmin = editor.role === "admin";
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-semibold">Papirkurv</h1>
      {done && (
        <p role="status" className="rounded-md border border-teal bg-card p-3 font-medium text-teal-dark">
          {done}
        </p>
      )}
      <p>Slettede oppføringer ligger her til en administrator henter dem tilbake eller sletter dem for godt.</p>
      {groups.every((g) => g.total === 0) && <p>Papirkurven er tom.</p>}
      {groups
        .filter((g) => g.total > 0)
        .map(({ type, rows, total, pageCount }) => (
          <section key={type} aria-labelledby={`kurv-${type}`}>
            <h2 id={`kurv-${type}`} className="mb-2 text-xl font-semibold">
              {ENTITY[type].plural} ({total})
            </h2>
            <ul className="divide-y divide-line rounded-xl border border-line bg-card">
              {rows.map((row) => (
                <li key={row.id} className="space-y-2 p-3">
                  <p>
                    <strong>{row.label}</strong>{" "}
                    <span className="text-sm text-muted">slettet {row.deletedAt ? formatDate(row.deletedAt) : ""}</span>
                  </p>
                  {isAdmin && (
                    <TrashActions
                      label={row.label}
                      restore={restoreFromTrashAction.bind(null, type, row.id)}
                      purge={purgeAction.bind(null, type, row.id)}
                    />
                  )}
                </li>
              ))}
            </ul>
            <Pagination
              label={`Sider i papirkurven: ${ENTITY[type].plural.toLowerCase()}`}
              page={pages[type]!}
              pageCount={pageCount}
              href={(page) => href(type, page)}
            />
          </section>
        ))}
    </div>
  );
}
