import { PUBLICATION_TYPES, PUBLICATION_TYPE_LABELS } from "@/lib/content/labels";
import { defineForm } from "@/lib/content/forms/form-config";
import { plainLanguageSection } from "@/lib/content/forms/plain-language";
import { EMPTY_PUBLICATION, publicationSchema } from "./schema";
import { STUDY_DESIGN_LABELS, STUDY_DESIGNS } from "./study-design";

export const publicationForm = defineForm({
  type: "publication",
  singular: "publikasjon",
  plural: "Publikasjoner",
  newLabel: "Ny publikasjon",
  adminSegment: "publikasjoner",
  publicSegment: "publikasjoner",
  titleField: "title",
  schema: publicationSchema,
  empty: EMPTY_PUBLICATION,
  sections: [
    {
      title: "Grunnopplysninger",
      fields: [
        { name: "title", label: "Tittel", kind: "text", required: true },
        { name: "subtitle", label: "Undertittel", kind: "text" },
        {
          name: "type",
          label: "Type",
          kind: "select",
          required: true,
          options: PUBLICATION_TYPES.map((t) => ({ value: t, label: PUBLICATION_TYPE_LABELS[t] })),
        },
        { name: "year", label: "År", kind: "number", help: "La feltet stå tomt hvis året ikke er kjent." },
        {
          name: "dateNote",
          label: "Dato eller merknad om tid",
          kind: "text",
          help: "For eksempel «Disputas 30. september 2020».",
        },
        {
          name: "language",
          label: "Språk (kode)",
          kind: "text",
          required: true,
          help: "nb for bokmål, nn for nynorsk, en for engelsk.",
        },
        { name: "authors", label: "Forfattere", kind: "people", optionSet: "persons" },
        {
          name: "editors",
          label: "Redaktører",
          kind: "people",
          optionSet: "persons",
          help: "For bøker og kapitler: redaktørene av boken.",
        },
      ],
    },
    {
      title: "Innhold",
      fields: [
        { name: "abstract", label: "Sammendrag", kind: "markdown" },
        { name: "abstractSource", label: "Kilde for sammendraget", kind: "text" },
        { name: "note", label: "Merknad", kind: "textarea" },
        {
          name: "studyDesign",
          label: "Studiedesign",
          kind: "select",
          required: true,
          options: STUDY_DESIGNS.map((d) => ({ value: d, label: STUDY_DESIGN_LABELS[d] })),
          help: "Bare slik kilden oppgir det. Velg «Ikke oppgitt» når kilden ikke sier hvordan studien er gjort.",
        },
        {
          name: "statusNote",
          label: "Publiseringsstatus",
          kind: "text",
          help: "For eksempel «Manuskript innsendt for publisering».",
        },
      ],
    },
    plainLanguageSection,
    {
      title: "Utgivelse",
      fields: [
        { name: "containerTitle", label: "Tidsskrift eller bok (for kapitler)", kind: "text" },
        { name: "volume", label: "Årgang", kind: "text" },
        { name: "issue", label: "Nummer", kind: "text" },
        { name: "pages", label: "Sider", kind: "text", help: "For eksempel 813–822." },
        { name: "pageCount", label: "Antall sider", kind: "number" },
        { name: "edition", label: "Utgave", kind: "text" },
        { name: "publisher", label: "Utgiver", kind: "text" },
        { name: "place", label: "Utgivelsessted", kind: "text" },
        { name: "institutionId", label: "Institusjon", kind: "ref", optionSet: "organisations" },
        { name: "degree", label: "Grad eller studieprogram", kind: "text" },
        { name: "series", label: "Serie", kind: "text" },
        { name: "seriesNumber", label: "Nummer i serien", kind: "text" },
        { name: "isbn", label: "ISBN", kind: "text" },
        { name: "issn", label: "ISSN", kind: "text" },
        { name: "doi", label: "DOI", kind: "text", help: "For eksempel 10.23865/noasp.68." },
        { name: "license", label: "Lisens", kind: "text" },
      ],
    },
    {
      title: "Lenker og tilknytning",
      fields: [
        { name: "links", label: "Lenker", kind: "links", help: "Fulltekst, sammendrag, omtaler og kilder." },
        { name: "topicIds", label: "Emner", kind: "refs", optionSet: "topics" },
        { name: "projectIds", label: "Prosjekter", kind: "refs", optionSet: "projects" },
        { name: "relatedIds", label: "Relaterte publikasjoner", kind: "refs", optionSet: "publications" },
        {
          name: "slug",
          label: "Adresse (slug)",
          kind: "slug",
          help: "Lages av tittelen hvis feltet er tomt. Endrer du den, sendes den gamle adressen videre.",
        },
      ],
    },
  ],
});
