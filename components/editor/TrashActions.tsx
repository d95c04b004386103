"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/content/engine/results";

/** Restore or, after typing SLETT, delete an entry in the trash for good (admins). */
export function TrashActions({
  label,
  restore,
  purge,
}: {
  label: string;
  restore: () => Promise<ActionResult>;
  purge: (confirmation: string) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [confirmation, setConfirmation] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  // On success the entry leaves this list, so the page itself confirms what was done.
  const run = (action: () => Promise<ActionResult>, done: "hentet" | "slettet") =>
    startTransition(async () => {
      try {
        const outcome = await action();
        if (outcome.ok) router.replace(`/redaksjon/papirkurv?utfort=${done}`);
        else setMessage(outcome.message);
      } catch {
        setMessage("Handlingen mislyktes fordi serveren ikke svarte.");
      }
    });
  return (
    <div className="flex flex-wrap items-end gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => run(restore, "hentet")}
        className="rounded-md border border-teal px-3 py-1.5 text-sm font-semibold text-teal-dark"
      >
        Hent tilbake <span className="sr-only">{label}</span>
      </button>
      <label htmlFor={id} className="text-sm">
        Skriv SLETT for å slette for godt
        <input
          id={id}
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          className="ml-2 w-24 rounded-md border border-muted bg-card px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={pending || confirmation !== "SLETT"}
        onClick={() => run(() => purge(confirmation), "slettet")}
        className="rounded-md bg-clay px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
      >
        Slett for godt <span className="sr-only">{label}</span>
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </div>
  );
}
