import { previewImage } from "@/lib/sharing/preview-image";

// The preview image of the pages without one of their own (the lists, people, organisations):
// it names no entry, so it is made once, at build.
export const dynamic = "force-static";

export async function GET(): Promise<Response> {
  return previewImage({
    kicker: "Avhandlinger, rapporter, artikler og prosjekter",
    title: "Hva sier forskningen om selvorganisert selvhjelp?",
  });
}
