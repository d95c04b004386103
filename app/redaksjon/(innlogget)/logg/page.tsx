import { auditActionLabel } from "@/lib/audit-labels";
import { requireAdminPage } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, auditLogPage } from "@/lib/audit-log";
import { formatDate, formatTime } from "@/lib/format/norwegian";

export const metadata = { title: "Logg" };

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireAdminPage();
  const page = Math.max(1, Math.min(1000, Number.parseInt((await searchParams).side ?? "1", 10) || 1));
  const events = await auditLogPage(page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Logg</h1>
      <p>Innlogginger, mislykkede innlogginger, publisering, sletting, gjenoppretting og endringer av redaktører.</p>
      <table className="w-full border-collapse bg-card text-left text-sm">
        <thead className="bg-sage-50">
          <tr>
            {["Tidspunkt", "Hvem", "Hva", "Gjelder", "Adresse"].map((h) => (
              <th key={h} scope="col" className="p-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-line align-top">
              <td className="p-2">
                {formatDate(e.at)} {formatTime(e.at)}
              </td>
              <td className="p-2">{e.user?.name ?? "–"}</td>
              <td className="p-2">
                {auditActionLabel(e.action)} <code className="text-sm text-muted">{e.action}</code>
              </td>
              <td className="break-all p-2">
                {[e.entityType, e.entityId, e.detail ? JSON.stringify(e.detail) : null].filter(Boolean).join(" ")}
              </td>
              <td className="p-2">{e.ip ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Sider" className="flex justify-between">
        {page > 1 ? <a href={`/redaksjon/logg?side=${page - 1}`}>← Nyere</a> : <span />}
        {events.length === AUDIT_PAGE_SIZE ? <a href={`/redaksjon/logg?side=${page + 1}`}>Eldre →</a> : <span />}
      </nav>
    </div>
  );
}
