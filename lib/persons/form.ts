import { defineForm } from "@/lib/content/forms/form-config";
import { EMPTY_PERSON, personSchema } from "./schema";

export const personForm = defineForm({
  type: "person",
  singular: "person",
  plural: "Personer",
  newLabel: "Ny person",
  adminSegment: "personer",
  publicSegment: "personer",
  titleField: "familyName",
  schema: personSchema,
  empty: EMPTY_PERSON,
  sections: [
    {
      title: "Navn",
      fields: [
        {
          name: "givenName",
          label: "Fornavn",
          kind: "text",
          help: "Bare initialer hvis kilden ikke gir mer, for eksempel «B.».",
        },
        { name: "familyName", label: "Etternavn", kind: "text", required: true },
        {
          name: "honorific",
          label: "Tittel",
          kind: "text",
          help: "Akademisk tittel slik kilden skriver den, for eksempel «Cand. polit.».",
        },
      ],
    },
    {
      title: "Om personen",
      fields: [
        { name: "affiliationId", label: "Nåværende arbeidssted", kind: "ref", optionSet: "organisations" },
        { name: "bio", label: "Kort omtale", kind: "markdown" },
      ],
    },
    {
      title: "Lenker og adresse",
      fields: [
        {
          name: "orcid",
          label: "ORCID iD",
          kind: "text",
          help: "For eksempel 0000-0002-1825-0097 eller https://orcid.org/0000-0002-1825-0097.",
        },
        {
          name: "cristinId",
          label: "Cristin-id",
          kind: "text",
          help: "Personens nummer i Cristin, for å finne personens verk i NVA («Hent fra NVA» nedenfor). Vises ikke offentlig.",
        },
        { name: "links", label: "Lenker", kind: "links", help: "Profilsider og kilder." },
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
