type Work = { title: string; subtitle?: string | null; language: string };

/** A work's title with subtitle, marked with its language when it is not Norwegian. */
export function WorkTitle({ work }: { work: Work }) {
  const text = work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
  return <span lang={work.language === "nb" ? undefined : work.language}>{text}</span>;
}
