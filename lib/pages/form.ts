import { defineForm } from "@/lib/content/forms/form-config";
import { EMPTY_PAGE, pageSchema } from "./schema";

export const pageForm = defineForm({
  type: "page",
  singular: "tekstside",
  plural: "Tekstsider",
  newLabel: "Ny tekstside",
  adminSegment: "sider",
  publicSegment: null,
  titleField: "title",
  schema: pageSchema,
  empty: EMPTY_PAGE,
  sections: [
    {
      title: "Tekst",
      fields: [
        { name: "title", label: "Tittel", kind: "text", required: true },
        { name: "body", label: "Brødtekst", kind: "markdown", required: true },
      ],
    },
    {
      title: "Sitat",
      fields: [
        {
          name: "quote",
          label: "Sitat",
          kind: "textarea",
          help: "Vises stort, for eksempel sitatet fra en deltaker på forsiden. Uten anførselstegn.",
        },
        {
          name: "quoteAttribution",
          label: "Hvem sitatet er fra",
          kind: "text",
          help: "For eksempel «Deltaker i en selvhjelpsgruppe, 2021».",
        },
      ],
    },
    {
      title: "Lenker og adresse",
      fields: [
        { name: "links", label: "Lenker", kind: "links" },
        {
          name: "slug",
          label: "Adresse (slug)",
          kind: "slug",
          help: "Endrer du adressen, flyttes siden. Nettstedet viser tekstsidene på faste adresser: «forskning» er teksten på forsiden og «om» er siden Om forskningsoversikten. Får en av dem en ny adresse, vises teksten ikke lenger der.",
        },
      ],
    },
  ],
});
