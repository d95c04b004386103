import Link from "next/link";
import { fullName } from "@/lib/content/labels";

type Person = { slug: string; givenName: string | null; familyName: string; status: string; deletedAt: Date | null };

/** A person's name, linked to their page when that page is public. */
export function PersonLink({ person }: { person: Person }) {
  const name = fullName(person);
  if (person.status !== "published" || person.deletedAt) return <>{name}</>;
  return <Link href={`/personer/${person.slug}`}>{name}</Link>;
}
