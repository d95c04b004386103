"use client";

import { useEffect, useId, useState } from "react";
import type { Option, OptionSet } from "@/lib/content/forms/form-config";
import { inputClass } from "./styles";

const DEBOUNCE_MS = 250;
const LIMIT = 20; // lib/content/editor-reads/picker-options.ts: PICKER_LIMIT

type Search = { status: "idle" | "searching" | "failed" } | { status: "done"; matches: Option[] };

/**
 * Finds an entry of a set by searching on the server as the editor types (app/redaksjon/valg),
 * as a combobox with a list popup (WAI-ARIA APG): arrows move, Enter chooses, Escape closes.
 */
export function Combobox({
  set,
  label,
  onChoose,
  exclude = [],
}: {
  set: OptionSet;
  label: string;
  onChoose: (option: Option) => void;
  exclude?: string[];
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState<Search>({ status: "idle" });
  const [active, setActive] = useState(-1);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearch({ status: "searching" });
      try {
        const response = await fetch(`/redaksjon/valg?${new URLSearchParams({ sett: set, q: q.trim() })}`, {
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const { options } = (await response.json()) as { options: Option[] };
        setSearch({ status: "done", matches: options });
        setActive(-1);
      } catch {
        if (!controller.signal.aborted) setSearch({ status: "failed" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, open, set]);

  const matches = search.status === "done" ? search.matches.filter((o) => !exclude.includes(o.value)) : [];
  const expanded = open && matches.length > 0;
  const choose = (option: Option) => {
    onChoose(option);
    setQ("");
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      if (!matches.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      // Never submits the form from here: Enter chooses, or does nothing.
      event.preventDefault();
      const option = matches[active];
      if (expanded && option) choose(option);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQ("");
    }
  };
  const status = !open
    ? ""
    : search.status === "searching"
      ? "Søker …"
      : search.status === "failed"
        ? "Søket mislyktes. Prøv igjen."
        : search.status === "done"
          ? matches.length === 0
            ? "Ingen treff."
            : `${matches.length} treff${search.matches.length === LIMIT ? ": skriv mer for å snevre inn" : ""}. Bruk piltastene og Enter for å velge.`
          : "";

  return (
    <div className="relative">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-treff`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-treff-${active}` : undefined}
        aria-describedby={`${id}-status`}
        placeholder="Skriv for å søke"
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className={inputClass}
      />
      <ul
        id={`${id}-treff`}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-card p-1 shadow"
      >
        {matches.map((option, i) => (
          <li
            key={option.value}
            id={`${id}-treff-${i}`}
            role="option"
            aria-selected={i === active}
            // Keeps the focus in the input, so that blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
            className={`cursor-pointer rounded px-2 py-1 ${i === active ? "bg-teal text-white" : "hover:bg-sage-50"}`}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} aria-live="polite" className="mt-1 text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
