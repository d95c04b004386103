"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { undoMergeAction } from "@/lib/persons/merge-actions";
import type { MergeInHistory } from "@/lib/persons/merge-queries";
import { movedThings } from "@/lib/persons/merge-record";

/**
 * In a person's history, at the revision a merge made (or its undo made): what it was, and
 * «Angre sammenslåingen» while it has not been undone (lib/persons/merge-undo.ts).
 */
export function MergeHistoryNote({
  keptId,
  merge,
  revisionId,
}: {
  keptId: string;
  merge: MergeInHistory;
  revisionId: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const moved = movedThings(merge);
  if (revisionId === merge.undoRevisionId)
    return <p className="mt-2 text-sm font-medium">Angret sammenslåingen med «{merge.mergedLabel}».</p>;
  return (
    <div className="mt-2 space-y-2 text-sm">
      <p className="font-medium">
        Sammenslåing: «{merge.mergedLabel}» ble slått inn i denne personen
        {moved ? ` (${moved}).` : "."}
        {merge.undone && " Sammenslåingen er angret."}
      </p>
      {!merge.undone && (
        <button
          type="button"
          disabled={pending}
          className="rounded-md border border-clay px-3 py-1 font-semibold text-clay disabled:opacity-60"
          onClick={() =>
            startTransition(async () => {
              try {
                const outcome = await undoMergeAction(keptId, merge.id);
                setMessage(outcome.ok ? (outcome.message ?? "Angret.") : outcome.message);
                if (outcome.ok) router.refresh();
              } catch {
                setMessage("Angringen mislyktes fordi serveren ikke svarte.");
              }
            })
          }
        >
          Angre sammenslåingen
        </button>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
