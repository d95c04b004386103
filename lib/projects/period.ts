/** "2009–2018", "2010", or null when no year is known. */
export function projectPeriod({
  startYear,
  endYear,
}: {
  startYear: number | null;
  endYear: number | null;
}): string | null {
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
  if (startYear) return `Fra ${startYear}`;
  if (endYear) return `Til ${endYear}`;
  return null;
}
