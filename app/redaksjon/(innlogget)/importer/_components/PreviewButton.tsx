// The first step of the lookup forms (the import page's field, «Hent fra NVA»): the button that
// asks for the preview, and what it says while the services are asked.

type Props = { label: string; busy: string; pending: boolean };

export function PreviewButton({ label, busy, pending }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        name="step"
        value="preview"
        disabled={pending}
        className="rounded-lg bg-teal px-4 py-2 font-semibold text-white hover:bg-teal-dark disabled:opacity-60"
      >
        {label}
      </button>
      {pending && <p role="status">{busy}</p>}
    </div>
  );
}
