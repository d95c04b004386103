"use client";

import { useId, useState } from "react";
import type { Option } from "@/lib/content/form-config";
import { inputClass } from "./styles";

/** Several related entries, as a filterable list of checkboxes. */
export function RefsField({
  value,
  options,
  onChange,
  label,
}: {
  value: string[];
  options: Option[];
  onChange: (v: string[]) => void;
  label: string;
}) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const selected = new Set(value);
  const needle = filter.trim().toLowerCase();
  const shown = options.filter((o) => selected.has(o.value) || !needle || o.label.toLowerCase().includes(needle));
  const toggle = (id: string) => onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <div>
      {options.length > 8 && (
        <>
          <label htmlFor={filterId} className="text-sm">
            Finn {label.toLowerCase()}
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className={`${inputClass} mb-2`}
          />
        </>
      )}
      <ul className="max-h-60 space-y-1 overflow-auto rounded-md border border-line bg-card p-2">
        {shown.map((o) => (
          <li key={o.value}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                checked={selected.has(o.value)}
                onChange={() => toggle(o.value)}
                className="mt-1.5"
              />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="text-sm text-muted">Ingen treff.</li>}
      </ul>
    </div>
  );
}
