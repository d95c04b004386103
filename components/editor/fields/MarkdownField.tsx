"use client";

import { useState } from "react";
import ReactMarkdown from "react-markdown";
import { inputClass } from "./styles";

/**
 * Markdown with a live preview. The preview uses the same renderer as the public pages
 * (no raw HTML, unsafe URLs dropped), so what the editor sees is what visitors get.
 */
export function MarkdownField({
  id,
  name,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
  describedBy?: string;
}) {
  const [showPreview, setShowPreview] = useState(true);
  return (
    <div className="mt-1 grid gap-3 lg:grid-cols-2">
      <textarea
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={10}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={`${inputClass} font-mono text-sm`}
      />
      <div>
        <button
          type="button"
          onClick={() => setShowPreview((s) => !s)}
          className="text-sm font-medium text-teal underline noscript:hidden"
          aria-expanded={showPreview}
          aria-controls={`${id}-forhandsvisning`}
        >
          {showPreview ? "Skjul forhåndsvisning" : "Vis forhåndsvisning"}
        </button>
        {showPreview && (
          <div
            id={`${id}-forhandsvisning`}
            aria-label="Forhåndsvisning"
            role="region"
            tabIndex={0}
            className="prose-text mt-2 max-h-80 overflow-auto rounded-md border border-line bg-paper p-3 text-sm"
          >
            {value.trim() ? (
              <ReactMarkdown skipHtml>{value}</ReactMarkdown>
            ) : (
              <p className="text-muted">Ingenting å vise ennå.</p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
