export const inputClass =
  "mt-1 block w-full rounded-md border border-muted bg-card px-3 py-2 aria-[invalid=true]:border-clay aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-clay";
export const smallButton =
  "rounded-md border border-muted bg-card px-2.5 py-1 text-sm font-medium hover:border-teal hover:text-teal-dark disabled:opacity-50";
