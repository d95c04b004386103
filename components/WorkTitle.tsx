import type { Segment } from "@/lib/publications/search-terms";
import { Highlighted } from "./Highlighted";

type Work = { title: string; subtitle?: string | null; language: string };
type Highlight = { title: Segment[]; subtitle: Segment[] | null };

/** A work's title with subtitle, marked with its language when it is not Norwegian, and search matches marked. */
export function WorkTitle({ work, highlight }: { work: Work; highlight?: Highlight }) {
  const lang = work.language === "nb" ? undefined : work.language;
  if (!highlight) return <span lang={lang}>{work.subtitle ? `${work.title}: ${work.subtitle}` : work.title}</span>;
  return (
    <span lang={lang}>
      <Highlighted segments={highlight.title} />
      {highlight.subtitle && (
        <>
          : <Highlighted segments={highlight.subtitle} />
        </>
      )}
    </span>
  );
}
