export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-sage-50">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 text-sm text-muted sm:grid-cols-2 sm:px-6">
        <p>
          <strong className="text-ink">Selvhjelp Forskning</strong> er Selvhjelp Norges oversikt over forskning på
          selvorganisert selvhjelp: avhandlinger, rapporter, artikler og prosjektene bak dem.
        </p>
        <p className="sm:text-right">
          <a href="https://www.selvhjelp.no/">Selvhjelp Norge</a>
          <br />
          Innhold publisert av redaksjonen i Selvhjelp Norge.
        </p>
      </div>
    </footer>
  );
}
