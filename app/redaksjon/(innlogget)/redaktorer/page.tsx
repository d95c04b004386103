import { EditorRowActions } from "@/components/editor/EditorRowActions";
import { NewEditorForm } from "@/components/editor/NewEditorForm";
import { requireAdminPage } from "@/lib/auth/session";
import { throttleOverview } from "@/lib/auth/throttle";
import {
  createEditorAction,
  liftLockAction,
  resetPasswordAction,
  setDisabledAction,
  setRoleAction,
} from "@/lib/editors/actions";
import { editorAccounts } from "@/lib/editors/queries";
import { formatDate, formatTime } from "@/lib/format/norwegian";
import { LiftLockButton } from "@/components/editor/LiftLockButton";

export const metadata = { title: "Redaktører" };

export default async function EditorsPage() {
  await requireAdminPage();
  const [editors, throttles] = await Promise.all([editorAccounts(), throttleOverview()]);
  const now = new Date();
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-semibold">Redaktører</h1>
      <section aria-labelledby="alle">
        <h2 id="alle" className="mb-3 text-xl font-semibold">
          Alle redaktører
        </h2>
        <ul className="divide-y divide-line rounded-xl border border-line bg-card">
          {editors.map((e) => (
            <li key={e.id} className="space-y-2 p-4">
              <p>
                <strong>{e.name}</strong> &lt;{e.email}&gt; · {e.role === "admin" ? "administrator" : "redaktør"}
                {e.disabled && <strong className="text-clay"> · deaktivert</strong>}
              </p>
              <EditorRowActions
                name={e.name}
                disabled={e.disabled}
                role={e.role}
                setDisabled={setDisabledAction.bind(null, e.email)}
                setRole={setRoleAction.bind(null, e.email)}
                resetPassword={resetPasswordAction.bind(null, e.email)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ny">
        <h2 id="ny" className="mb-3 text-xl font-semibold">
          Ny redaktør
        </h2>
        <NewEditorForm create={createEditorAction} />
      </section>
      <section aria-labelledby="sperrer">
        <h2 id="sperrer" className="mb-3 text-xl font-semibold">
          Innloggingssperrer
        </h2>
        {throttles.length === 0 ? (
          <p>Ingen mislykkede innlogginger de siste 15 minuttene.</p>
        ) : (
          <ul className="divide-y divide-line rounded-xl border border-line bg-card">
            {throttles.map((t) => (
              <li key={t.key} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
                <span>
                  {t.key.replace(/^email:/, "Konto ").replace(/^ip:/, "Adresse ")}: {t.failures} mislykkede forsøk
                  {t.lockedUntil && t.lockedUntil > now
                    ? `, sperret til kl. ${formatTime(t.lockedUntil)} ${formatDate(t.lockedUntil)}`
                    : ""}
                </span>
                <LiftLockButton label={t.key} lift={liftLockAction.bind(null, t.key)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
