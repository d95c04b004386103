/** The page's h1 with an optional kicker above and lead text below. */
export function PageHeading({
  kicker,
  title,
  lead,
  lang,
}: {
  kicker?: string;
  title: React.ReactNode;
  lead?: string | null;
  lang?: string;
}) {
  return (
    <div className="mb-8 max-w-3xl">
      {kicker && <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-clay">{kicker}</p>}
      <h1 lang={lang} className="text-3xl font-semibold sm:text-4xl">
        {title}
      </h1>
      {lead && <p className="mt-4 text-lg text-muted">{lead}</p>}
    </div>
  );
}
