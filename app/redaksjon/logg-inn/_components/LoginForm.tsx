"use client";

import { useActionState } from "react";
import { login, type LoginState } from "../actions";

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, { ok: true, email: "" });
  const input = "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2";
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.message && (
        <p role="alert" className="rounded-md border border-clay bg-card p-3 font-medium text-clay">
          {state.message}
        </p>
      )}
      <label className="block font-medium">
        E-post
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={input}
        />
      </label>
      <label className="block font-medium">
        Passord
        <input name="password" type="password" autoComplete="current-password" required className={input} />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-teal px-4 py-2.5 font-semibold text-white hover:bg-teal-dark disabled:opacity-70"
      >
        {pending ? "Logger inn …" : "Logg inn"}
      </button>
    </form>
  );
}
