import Link from "next/link";
import { RELATED_WORKS_SHOWN } from "@/lib/publications/related";

/** Under a list cut to RELATED_WORKS_SHOWN works: how many there are, and where to see them all. */
export function MoreWorks({ total, href }: { total: number; href?: string }) {
  if (total <= RELATED_WORKS_SHOWN) return null;
  const count = total.toLocaleString("nb-NO");
  return (
    <p className="mt-3 text-muted">
      Viser de {RELATED_WORKS_SHOWN} nyeste av {count} publikasjoner.{" "}
      {href && (
        <Link href={href} className="font-semibold">
          Se alle {count} i publikasjonsoversikten
        </Link>
      )}
    </p>
  );
}
