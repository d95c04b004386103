import type { YearCount } from "@/lib/knowledge-map/queries";

const BAR = 28;
const GAP = 8;
const HEIGHT = 160;

/** «Publikasjoner per år»: a bar chart in SVG, and the same numbers in a table below it. */
export function YearChart({ years, withoutYear }: { years: YearCount[]; withoutYear: number }) {
  const max = Math.max(1, ...years.map((y) => y.count));
  const width = years.length * (BAR + GAP);
  return (
    <section aria-labelledby="per-ar" className="mt-10">
      <h2 id="per-ar" className="mb-3 text-2xl font-semibold">
        Publikasjoner per år
      </h2>
      {years.length === 0 ? (
        <p>Ingen publikasjoner med årstall i dette utvalget.</p>
      ) : (
        <>
          {/* Focusable so that a keyboard can scroll a chart wider than the screen. */}
          <div
            tabIndex={0}
            role="region"
            aria-label="Diagrammet, kan rulles sideveis"
            className="overflow-x-auto rounded-xl border border-line bg-card p-4"
          >
            <svg
              role="img"
              aria-labelledby="per-ar-svg"
              viewBox={`0 0 ${width} ${HEIGHT + 40}`}
              width={width}
              height={HEIGHT + 40}
              className="max-w-none"
            >
              <title id="per-ar-svg">
                Stolpediagram over publikasjoner per år, {`${years[0]!.year}–${years.at(-1)!.year}`}. Tallene står i
                tabellen under.
              </title>
              {years.map(({ year, count }, i) => {
                const height = (count / max) * HEIGHT;
                const x = i * (BAR + GAP) + GAP / 2;
                return (
                  <g key={year}>
                    <rect x={x} y={HEIGHT + 14 - height} width={BAR} height={height} className="fill-teal" />
                    <text x={x + BAR / 2} y={HEIGHT + 10 - height} textAnchor="middle" className="fill-ink text-[11px]">
                      {count}
                    </text>
                    <text x={x + BAR / 2} y={HEIGHT + 32} textAnchor="middle" className="fill-muted text-[10px]">
                      {year}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <table className="mt-4 text-sm">
            <caption className="mb-1 text-left font-semibold">Tallene i diagrammet</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-6 text-left">
                  År
                </th>
                <th scope="col" className="py-1 text-right">
                  Publikasjoner
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map(({ year, count }) => (
                <tr key={year} className="border-b border-line">
                  <th scope="row" className="py-1 pr-6 text-left font-normal">
                    {year}
                  </th>
                  <td className="py-1 text-right">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {withoutYear > 0 && (
        <p className="mt-2 text-sm text-muted">
          {withoutYear === 1 ? "1 publikasjon" : `${withoutYear} publikasjoner`} uten årstall er ikke med.
        </p>
      )}
    </section>
  );
}
