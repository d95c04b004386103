// A year field of the public filter forms (the overview, the knowledge map): a whole number,
// 1800-2100, checked again by the server, which reads the same `fra`/`til` parameters.
export const filterInputClass = "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2";

export function YearInput({ name, id, value }: { name: "fra" | "til"; id?: string; value?: number }) {
  return (
    <input
      id={id}
      name={name}
      type="number"
      inputMode="numeric"
      min={1800}
      max={2100}
      defaultValue={value}
      className={filterInputClass}
    />
  );
}
