import { defineForm } from "@/lib/content/forms/form-config";
import { EMPTY_ORGANISATION, organisationSchema } from "./schema";

export const organisationForm = defineForm({
  type: "organisation",
  singular: "organisasjon",
  plural: "Organisasjoner",
  newLabel: "Ny organisasjon",
  adminSegment: "organisasjoner",
  publicSegment: "organisasjoner",
  titleField: "name",
  schema: organisationSchema,
  empty: EMPTY_ORGANISATION,
  sections: [
    {
      title: "Navn",
      fields: [
        { name: "name", label: "Navn", kind: "text", required: true },
        { name: "shortName", label: "Forkortelse", kind: "text", help: "For eksempel NIBR, KIFO eller HiNT." },
        {
          name: "formerNames",
          label: "Tidligere navn",
          kind: "lines",
          help: "Ett navn per linje, for eksempel «Stiftelsen helse og rehabilitering».",
        },
      ],
    },
    {
      title: "Om organisasjonen",
      fields: [
        { name: "description", label: "Kort omtale", kind: "textarea" },
        { name: "website", label: "Nettsted", kind: "url", help: "Hele adressen, med https://." },
        { name: "address", label: "Adresse", kind: "text", help: "For eksempel «Wergelands vei 29, Oslo»." },
        {
          name: "parentId",
          label: "Del av",
          kind: "ref",
          optionSet: "organisations",
          help: "Organisasjonen denne hører inn under, for eksempel OsloMet for NIBR.",
        },
        {
          name: "successorId",
          label: "Nå en del av (etterfølger)",
          kind: "ref",
          optionSet: "organisations",
          help: "Hvis organisasjonen er slått sammen med eller erstattet av en annen, for eksempel Nord universitet for HiNT.",
        },
      ],
    },
    {
      title: "Lenker og adresse",
      fields: [
        { name: "links", label: "Lenker", kind: "links", help: "Kilder og mer informasjon." },
        {
          name: "slug",
          label: "Adresse (slug)",
          kind: "slug",
          help: "Lages av navnet hvis feltet er tomt. Endrer du den, sendes den gamle adressen videre.",
        },
      ],
    },
  ],
});
