"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/content/engine/results";
import { smallButton } from "./fields/styles";

type Props = {
  name: string;
  disabled: boolean;
  role: "admin" | "editor";
  setDisabled: (disabled: boolean) => Promise<ActionResult>;
  setRole: (role: string) => Promise<ActionResult>;
  resetPassword: (password: string) => Promise<ActionResult>;
};

export function EditorRowActions({ name, disabled, role, setDisabled, setRole, resetPassword }: Props) {
  const router = useRouter();
  const id = useId();
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      try {
        const result = await action();
        setMessage(result.ok ? "Utført." : result.message);
        if (result.ok) router.refresh();
      } catch {
        setMessage("Endringen mislyktes fordi serveren ikke svarte.");
      }
    });
  return (
    <div className="flex flex-wrap items-end gap-2">
      <button
        type="button"
        disabled={pending}
        className={smallButton}
        onClick={() => run(() => setDisabled(!disabled))}
      >
        {disabled ? "Aktiver" : "Deaktiver"} <span className="sr-only">{name}</span>
      </button>
      <button
        type="button"
        disabled={pending}
        className={smallButton}
        onClick={() => run(() => setRole(role === "admin" ? "editor" : "admin"))}
      >
        Gjør til {role === "admin" ? "redaktør" : "administrator"} <span className="sr-only">{name}</span>
      </button>
      <label htmlFor={id} className="text-sm">
        Nytt passord for {name}
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className="ml-2 w-40 rounded-md border border-muted bg-card px-2 py-1"
        />
      </label>
      <button
        type="button"
        disabled={pending || password.length === 0}
        className={smallButton}
        onClick={() => run(() => resetPassword(password).finally(() => setPassword("")))}
      >
        Sett passord <span className="sr-only">for {name}</span>
      </button>
      <span role="status" className="text-sm">
        {message}
      </span>
    </div>
  );
}
