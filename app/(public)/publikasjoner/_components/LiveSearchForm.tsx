"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type FormHTMLAttributes, type ReactNode } from "react";
import { overviewHref, parseOverviewParams } from "@/lib/publications/filters";

const DEBOUNCE_MS = 300;

type Props = FormHTMLAttributes<HTMLFormElement> & { current: string; children: ReactNode };

/**
 * The overview's GET form, enhanced: results follow the search text as the visitor types
 * (debounced, replacing the history entry) and follow a chosen filter at once (a new history
 * entry), without a reload, so focus and scroll stay. Without JavaScript it submits as usual.
 */
export function LiveSearchForm({ current, children, ...props }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();

  function navigate(mode: "push" | "replace") {
    clearTimeout(timer.current);
    if (!form.current) return;
    const values = Object.fromEntries([...new FormData(form.current)].map(([name, value]) => [name, String(value)]));
    const href = overviewHref(parseOverviewParams(values).filters);
    if (href !== current) startTransition(() => router[mode](href, { scroll: false }));
  }

  // After back or forward, fields show the URL's state, except the one being edited. Not on the
  // first render: the fields came from the server with that state, or hold what the visitor chose
  // before this script had loaded.
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    const params = new URLSearchParams(current.split("?")[1]);
    for (const field of Array.from(form.current?.elements ?? [])) {
      if (
        (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) &&
        field.name &&
        field !== document.activeElement
      ) {
        if (field.type === "checkbox") field.checked = params.get(field.name) === field.value;
        else field.value = params.get(field.name) ?? "";
      }
    }
  }, [current]);

  return (
    <form
      ref={form}
      {...props}
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        navigate("push");
      }}
      onChange={(event) => {
        const { target } = event;
        if (target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === "checkbox"))
          return navigate("push");
        clearTimeout(timer.current);
        timer.current = setTimeout(() => navigate("replace"), DEBOUNCE_MS);
      }}
    >
      {children}
    </form>
  );
}
