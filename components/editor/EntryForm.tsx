"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { FormValues } from "@/lib/content/engine/adapter";
import { ENTITY, adminPath, type EntityType } from "@/lib/content/entities";
import { fieldErrorsOf, type FieldErrors } from "@/lib/content/forms/field-errors";
import { VERSION_INPUT, type NoJsFormState } from "@/lib/content/forms/form-data";
import { DEPLOYMENT_MISMATCH_MESSAGE, isDeploymentMismatch } from "@/lib/deployment-skew";
import { slugify } from "@/lib/format/slug";
import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import type { ActionResult, Conflict, SavedEntry } from "@/lib/content/engine/results";
import { ConflictPanel } from "./ConflictPanel";
import { ReadabilityMeter } from "./ReadabilityMeter";
import { Field } from "./fields/Field";

// Fields that need the whole width; short ones sit two by two on wide screens.
const WIDE_KINDS = new Set<string>(["markdown", "textarea", "people", "links", "refs", "members", "lines"]);

type Props = {
  type: EntityType;
  id?: string;
  version?: number;
  initial: FormValues;
  options: Partial<Record<OptionSet, Option[]>>;
  save: (input: { id?: string; version?: number; values: FormValues }) => Promise<ActionResult<SavedEntry>>;
  /** The same save for a browser that posts the form without JavaScript (lib/content/engine/form-save.ts). */
  saveWithoutScript: (state: NoJsFormState, data: FormData) => Promise<NoJsFormState>;
};

/**
 * The editor form of any content type. Validates with the same schema as the server,
 * keeps everything typed when a save fails, and never overwrites a colleague's save.
 * With JavaScript it saves from onSubmit; without, the browser posts it to `saveWithoutScript`,
 * whose answer is held here, outside the form remounted per stored version: a stale form posted
 * without JavaScript comes back on a page of a newer version and still shows what was typed.
 */
export function EntryForm(props: Props) {
  const [posted, formAction] = useActionState(props.saveWithoutScript, null);
  return <EditorForm key={props.version ?? "ny"} {...props} posted={posted} formAction={formAction} />;
}

function EditorForm({
  type,
  id,
  version: initialVersion,
  initial,
  options,
  save,
  posted,
  formAction,
}: Props & { posted: NoJsFormState; formAction: (data: FormData) => void }) {
  const config = ENTITY[type];
  const router = useRouter();
  const [values, setValues] = useState<FormValues>(posted?.values ?? initial);
  // The labels of what the values refer to: loaded with the page, and each entry chosen since.
  const [known, setKnown] = useState(posted ? { ...options, ...posted.options } : options);
  const remember = (set: OptionSet, option: Option) =>
    setKnown((k) => ({ ...k, [set]: [...(k[set] ?? []).filter((o) => o.value !== option.value), option] }));
  const [version, setVersion] = useState(posted ? posted.version : initialVersion);
  const [errors, setErrors] = useState<FieldErrors>(posted?.errors ?? {});
  const [message, setMessage] = useState<{ text: string; kind: "error" | "success" } | null>(
    posted ? { kind: "error", text: posted.message } : null,
  );
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [pending, startTransition] = useTransition();
  const [dirty, setDirty] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);

  // Warn before leaving the page with unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (message || conflict) messageRef.current?.focus();
  }, [message, conflict]);

  const setField = (name: string, value: unknown) => {
    setValues((v) => ({ ...v, [name]: value }));
    setDirty(true);
  };

  const submit = (toSave: FormValues, baseVersion: number | undefined) => {
    const parsed = config.schema.safeParse(toSave);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setMessage({ kind: "error", text: "Skjemaet har feil. Se meldingene ved feltene." });
      return;
    }
    setErrors({});
    startTransition(async () => {
      let result: ActionResult<SavedEntry>;
      try {
        result = await save({ id, version: baseVersion, values: toSave });
      } catch (error) {
        // A page from another build (lib/deployment-skew.ts) says so; everything else is the network.
        const message = isDeploymentMismatch(error)
          ? DEPLOYMENT_MISMATCH_MESSAGE
          : "Lagringen mislyktes fordi serveren ikke svarte. Ingenting i skjemaet er tapt: prøv igjen om litt.";
        result = { ok: false, message };
      }
      if (result.ok) {
        // The page shows "Lagret" and remounts this form with the stored values.
        setDirty(false);
        router.replace(`${adminPath(type, result.id)}?lagret=${result.version}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setConflict(result.conflict ?? null);
      setMessage(result.conflict ? null : { kind: "error", text: result.message });
    });
  };

  return (
    <form
      noValidate
      action={formAction}
      // With JavaScript the save runs here; preventDefault keeps React from running `action` too.
      onSubmit={(event) => {
        event.preventDefault();
        submit(values, version);
      }}
      className="space-y-8"
    >
      <input type="hidden" name={VERSION_INPUT} value={version ?? ""} />
      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {message && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            className={`rounded-md border p-3 font-medium ${message.kind === "error" ? "border-clay text-clay" : "border-teal text-teal-dark"} bg-card`}
          >
            {message.text}
          </p>
        )}
        {conflict && (
          <ConflictPanel
            config={config}
            mine={values}
            conflict={conflict}
            options={known}
            onResolve={(merged, latest) => {
              setValues(merged);
              submit(merged, latest);
            }}
            onDiscardMine={() => {
              setValues(conflict.theirs);
              setVersion(conflict.version);
              setConflict(null);
              setDirty(false);
              setMessage({ kind: "success", text: "Viser den lagrede versjonen." });
            }}
          />
        )}
      </div>
      {config.sections.map((section) => (
        <section
          key={section.title}
          aria-labelledby={`seksjon-${slugify(section.title)}`}
          className="rounded-xl border border-line bg-card p-5"
        >
          <h2 id={`seksjon-${slugify(section.title)}`} className="mb-4 text-xl font-semibold">
            {section.title}
          </h2>
          <div className="grid gap-5 md:grid-cols-2">
            {section.fields.map((field) => (
              <div
                key={field.name}
                className={WIDE_KINDS.has(field.kind) || field.name === "title" ? "md:col-span-2" : ""}
              >
                <Field
                  field={field}
                  value={values[field.name]}
                  onChange={(v) => setField(field.name, v)}
                  errors={errors}
                  options={known}
                  remember={remember}
                  typed={posted?.typed[field.name]}
                />
              </div>
            ))}
          </div>
          {section.readability && <ReadabilityMeter fields={section.readability} values={values} />}
        </section>
      ))}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-line bg-paper py-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-teal px-5 py-2.5 font-semibold text-white hover:bg-teal-dark disabled:opacity-70"
        >
          {pending ? "Lagrer …" : "Lagre"}
        </button>
        {dirty && <span className="text-sm text-muted">Du har endringer som ikke er lagret.</span>}
      </div>
    </form>
  );
}
