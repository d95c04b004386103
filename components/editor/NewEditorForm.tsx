"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fieldErrorsOf, type FieldErrors } from "@/lib/content/forms/field-errors";
import type { ActionResult } from "@/lib/content/engine/results";
import { newEditorSchema } from "@/lib/editors/schema";
import { inputClass } from "./fields/styles";

const FIELDS = [
  ["name", "Navn", "text", "name"],
  ["email", "E-post", "email", "off"],
  ["password", "Første passord (minst 12 tegn)", "password", "new-password"],
] as const;

export function NewEditorForm({ create }: { create: (input: unknown) => Promise<ActionResult> }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "", role: "editor" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = () => {
    const parsed = newEditorSchema.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    startTransition(async () => {
      try {
        const result = await create(values);
        setErrors(result.fieldErrors ?? {});
        setMessage(result.ok ? "Redaktøren er opprettet." : result.message);
        if (result.ok) {
          setValues({ name: "", email: "", password: "", role: "editor" });
          router.refresh();
        }
      } catch {
        setMessage("Lagringen mislyktes fordi serveren ikke svarte. Skjemaet er ikke tømt: prøv igjen.");
      }
    });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="grid gap-4 rounded-xl border border-line bg-card p-5 md:grid-cols-2"
    >
      {FIELDS.map(([name, label, type, autoComplete]) => (
        <div key={name}>
          <label htmlFor={`ny-${name}`} className="font-semibold">
            {label}
          </label>
          <input
            id={`ny-${name}`}
            type={type}
            autoComplete={autoComplete}
            value={values[name]}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            aria-invalid={Boolean(errors[name])}
            aria-describedby={errors[name] ? `ny-${name}-feil` : undefined}
            className={inputClass}
          />
          {errors[name]?.map((e) => (
            <p key={e} id={`ny-${name}-feil`} className="mt-1 text-sm font-semibold text-clay">
              {e}
            </p>
          ))}
        </div>
      ))}
      <div>
        <label htmlFor="ny-role" className="font-semibold">
          Rolle
        </label>
        <select
          id="ny-role"
          value={values.role}
          onChange={(e) => setValues((v) => ({ ...v, role: e.target.value }))}
          className={inputClass}
        >
          <option value="editor">Redaktør (innhold)</option>
          <option value="admin">Administrator (alt, også redaktører)</option>
        </select>
      </div>
      <div className="flex items-center gap-3 md:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark"
        >
          Opprett redaktør
        </button>
        <p role="status" className="font-medium">
          {message}
        </p>
      </div>
    </form>
  );
}
