type LinkRow = { id: string; url: string; label: string; language: string | null };

/** A titled list of external links (further reading, or the sources facts were read from). */
export function SourceLinks({ links, title, id }: { links: LinkRow[]; title: string; id: string }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <ul className="space-y-2 text-sm">
        {links.map((link) => (
          <li key={link.id} className="break-words">
            <a href={link.url} hrefLang={link.language ?? undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
