"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Combobox } from "@/components/editor/fields/Combobox";
import { smallButton } from "@/components/editor/fields/styles";
import { mergePersonsAction, previewMergeAction } from "@/lib/persons/merge-actions";
import type { MergePreview } from "@/lib/persons/merge-record";
import { MergeConsequences } from "./MergeConsequences";

const NO_ANSWER = "Serveren svarte ikke. Prøv igjen om litt.";

/**
 * «Slå sammen med en annen person» on a person's editor page: the person chosen here is merged
 * into this one, which keeps its name, address and fields (lib/persons/merge.ts). The editor sees
 * what will happen before confirming; the merge can be undone from this person's history.
 */
export function MergePersons({
  id,
  label,
  historyHref,
  mergeHref,
}: {
  id: string;
  label: string;
  historyHref: string;
  /** The same merge without JavaScript (app/redaksjon/(innlogget)/[type]/[id]/slaa-sammen). */
  mergeHref: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [message, setMessage] = useState<{ text: string; done: boolean } | null>(null);

  const choose = (otherId: string) =>
    startTransition(async () => {
      setPreview(null);
      setMessage(null);
      try {
        const outcome = await previewMergeAction(id, otherId);
        if (outcome.ok) setPreview(outcome.preview);
        else setMessage({ text: outcome.message, done: false });
      } catch {
        setMessage({ text: NO_ANSWER, done: false });
      }
    });

  const confirm = (p: MergePreview) =>
    startTransition(async () => {
      try {
        const outcome = await mergePersonsAction({
          keptId: id,
          keptVersion: p.kept.version,
          otherId: p.other.id,
          otherVersion: p.other.version,
        });
        setMessage({ text: outcome.message ?? "Slått sammen.", done: outcome.ok });
        if (outcome.ok) {
          setPreview(null);
          router.refresh();
        }
      } catch {
        setMessage({ text: NO_ANSWER, done: false });
      }
    });

  return (
    <section aria-labelledby="slaa-sammen" className="space-y-3 rounded-xl border border-line bg-card p-4">
      <h2 id="slaa-sammen" className="text-xl font-semibold">
        Slå sammen med en annen person
      </h2>
      <p className="text-sm">
        Står samme person her to ganger, for eksempel én gang med forbokstav og én gang med fullt navn? Velg den andre.
        Den du velger, slås inn i <strong>{label}</strong>: verk, prosjekter og lenker flyttes hit, og den andres
        adresse sender videre hit. Navnet og adressen til {label} beholdes. Vil du heller beholde den andre, åpne den
        andres side og slå sammen derfra.
      </p>
      <Combobox
        set="persons"
        label="Person som skal slås inn i denne"
        exclude={[id]}
        onChoose={(o) => choose(o.value)}
      />
      <noscript>
        <p>
          Uten JavaScript: <Link href={mergeHref}>slå sammen på en egen side</Link>.
        </p>
      </noscript>
      {preview && (
        <MergeConfirmation
          preview={preview}
          pending={pending}
          confirm={() => confirm(preview)}
          cancel={() => setPreview(null)}
        />
      )}
      <p role="status" className={message?.done ? "font-medium text-teal-dark" : "font-medium text-clay"}>
        {message?.text}
        {message?.done && (
          <>
            {" "}
            <Link href={historyHref}>Til historikken</Link>
          </>
        )}
      </p>
    </section>
  );
}

function MergeConfirmation({
  preview: p,
  pending,
  confirm,
  cancel,
}: {
  preview: MergePreview;
  pending: boolean;
  confirm: () => void;
  cancel: () => void;
}) {
  return (
    <div
      role="group"
      aria-labelledby="slaa-sammen-sporsmal"
      className="space-y-3 rounded-md border border-clay bg-sage-50 p-3"
    >
      <MergeConsequences preview={p} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={confirm}
          className="rounded-lg bg-clay px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          Slå sammen
        </button>
        <button type="button" disabled={pending} onClick={cancel} className={smallButton}>
          Avbryt
        </button>
      </div>
    </div>
  );
}
