import Link from "next/link";
import { organisationName } from "@/lib/content/labels";

type Organisation = { slug: string; name: string; shortName: string | null; status?: string; deletedAt?: Date | null };

/** An organisation's name, linked to its page when that page is public. */
export function OrganisationLink({ organisation }: { organisation: Organisation }) {
  const name = organisationName(organisation);
  if (organisation.status !== undefined && (organisation.status !== "published" || organisation.deletedAt))
    return <>{name}</>;
  return <Link href={`/organisasjoner/${organisation.slug}`}>{name}</Link>;
}
