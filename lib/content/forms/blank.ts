/** A stored value as a form field shows it: "" for none, numbers as text. */
export const blank = (value: string | number | null) => (value === null ? "" : String(value));
