import Link from "next/link";
import { draftMode } from "next/headers";
import { PublicShell } from "@/components/PublicShell";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { isEnabled: previewing } = await draftMode();
  return (
    <>
      {previewing && (
        <p role="status" className="bg-sun px-4 py-2 text-center font-semibold text-ink">
          Forhåndsvisning for redaktører: utkast vises som de vil se ut når de publiseres.{" "}
          <Link href="/redaksjon/forhandsvisning/avslutt" prefetch={false} className="text-ink underline">
            Avslutt forhåndsvisningen
          </Link>
        </p>
      )}
      <PublicShell>{children}</PublicShell>
    </>
  );
}
