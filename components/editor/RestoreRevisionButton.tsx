"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/content/engine/results";

export function RestoreRevisionButton({ version, restore }: { version: number; restore: () => Promise<ActionResult> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-teal px-3 py-1 text-sm font-semibold text-teal-dark disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            try {
              const outcome = await restore();
              setMessage(outcome.ok ? "Gjenopprettet som en ny versjon." : outcome.message);
              if (outcome.ok) router.refresh();
            } catch {
              setMessage("Gjenopprettingen mislyktes fordi serveren ikke svarte.");
            }
          })
        }
      >
        Gjenopprett versjon {version}
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </span>
  );
}
