"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/content/engine/results";

type Props = {
  status: "draft" | "published";
  publicHref: string | null;
  previewHref: string | null;
  historyHref: string;
  publish: (published: boolean) => Promise<ActionResult>;
  trash: () => Promise<ActionResult>;
};

/** Publish, unpublish, preview, history and trash for one entry. */
export function EntryControls({ status, publicHref, previewHref, historyHref, publish, trash }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [confirmTrash, setConfirmTrash] = useState(false);

  const run = (action: () => Promise<ActionResult>, done: string) =>
    startTransition(async () => {
      try {
        const outcome = await action();
        setMessage(outcome.ok ? done : outcome.message);
        if (outcome.ok) router.refresh();
      } catch {
        setMessage("Handlingen mislyktes fordi serveren ikke svarte. Prøv igjen om litt.");
      }
    });

  const button = "rounded-lg border border-teal px-4 py-2 font-semibold text-teal-dark disabled:opacity-60";
  return (
    <div className="space-y-3 rounded-xl border border-line bg-card p-4">
      <p>
        Status: <strong>{status === "published" ? "Publisert" : "Utkast"}</strong>
        {status === "published" && publicHref && (
          <>
            {" · "}
            <Link href={publicHref}>Se den publiserte siden</Link>
          </>
        )}
      </p>
      <div className="flex flex-wrap gap-3">
        {status === "draft" ? (
          <button
            type="button"
            disabled={pending}
            className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark disabled:opacity-60"
            onClick={() => run(() => publish(true), "Publisert. Endringen vises på nettstedet nå.")}
          >
            Publiser
          </button>
        ) : (
          <button
            type="button"
            disabled={pending}
            className={button}
            onClick={() => run(() => publish(false), "Avpublisert. Oppføringen er ikke lenger synlig for besøkende.")}
          >
            Avpubliser
          </button>
        )}
        {previewHref && (
          <a href={previewHref} className={`${button} no-underline`}>
            Forhåndsvis
          </a>
        )}
        <Link href={historyHref} className={`${button} no-underline`}>
          Historikk
        </Link>
        {!confirmTrash ? (
          <button type="button" className={button} onClick={() => setConfirmTrash(true)}>
            Flytt til papirkurven …
          </button>
        ) : (
          <span className="flex flex-wrap items-center gap-2">
            <span>Flytte til papirkurven?</span>
            <button
              type="button"
              disabled={pending}
              className="rounded-lg bg-clay px-3 py-2 font-semibold text-white"
              onClick={() => run(trash, "Flyttet til papirkurven.")}
            >
              Ja, flytt
            </button>
            <button type="button" className={button} onClick={() => setConfirmTrash(false)}>
              Avbryt
            </button>
          </span>
        )}
      </div>
      <p role="status" aria-live="polite" className="text-sm font-medium">
        {message}
      </p>
    </div>
  );
}
