"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

// Shown only once JavaScript runs (the reference above it stays selectable without it).
export function CopyButton({ text }: { text: string }) {
  const hasJavaScript = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");
  if (!hasJavaScript) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Referansen er kopiert.");
    } catch {
      setStatus("Kunne ikke kopiere. Marker teksten og kopier den selv.");
    }
  }

  return (
    <p className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="rounded-lg border border-teal bg-card px-4 py-1.5 font-semibold text-teal-dark hover:bg-sage-100"
      >
        Kopier
      </button>
      <span role="status" className="text-sm text-muted">
        {status}
      </span>
    </p>
  );
}
