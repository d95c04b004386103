/** Label, help text and error messages around one form control, wired for screen readers. */
export function FieldShell({
  id,
  label,
  help,
  errors,
  required,
  children,
  asGroup = false,
}: {
  id: string;
  label: string;
  help?: string;
  errors?: string[];
  required?: boolean;
  children: React.ReactNode;
  asGroup?: boolean;
}) {
  const labelText = (
    <>
      {label}
      {required && <span className="text-clay"> (må fylles ut)</span>}
    </>
  );
  const notes = (
    <>
      {help && (
        <p id={`${id}-hjelp`} className="mt-1 text-sm text-muted">
          {help}
        </p>
      )}
      {errors?.map((error) => (
        <p key={error} id={`${id}-feil`} className="mt-1 text-sm font-semibold text-clay">
          {error}
        </p>
      ))}
    </>
  );
  if (asGroup) {
    return (
      <fieldset
        className="min-w-0"
        aria-describedby={[help ? `${id}-hjelp` : "", errors?.length ? `${id}-feil` : ""].join(" ").trim() || undefined}
      >
        <legend className="font-semibold">{labelText}</legend>
        {notes}
        <div className="mt-2">{children}</div>
      </fieldset>
    );
  }
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="font-semibold">
        {labelText}
      </label>
      {children}
      {notes}
    </div>
  );
}

export function describedBy(id: string, help?: string, errors?: string[]) {
  return [help ? `${id}-hjelp` : "", errors?.length ? `${id}-feil` : ""].join(" ").trim() || undefined;
}
