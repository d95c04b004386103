import { defineForm } from "@/lib/content/forms/form-config";
import { plainLanguageSection } from "@/lib/content/forms/plain-language";
import { EMPTY_PROJECT, projectSchema } from "./schema";

export const projectForm = defineForm({
  type: "project",
  singular: "prosjekt",
  plural: "Prosjekter",
  newLabel: "Nytt prosjekt",
  adminSegment: "prosjekter",
  publicSegment: "prosjekter",
  titleField: "title",
  schema: projectSchema,
  empty: EMPTY_PROJECT,
  sections: [
    {
      title: "Grunnopplysninger",
      fields: [
        { name: "title", label: "Tittel", kind: "text", required: true },
        {
          name: "summary",
          label: "Kort sammendrag",
          kind: "textarea",
          help: "Vises i prosjektlisten og øverst på prosjektsiden.",
        },
        { name: "startYear", label: "Startår", kind: "number" },
        { name: "endYear", label: "Sluttår", kind: "number", help: "La feltet stå tomt hvis prosjektet pågår." },
        {
          name: "periodNote",
          label: "Merknad om perioden",
          kind: "text",
          help: "For eksempel «Startet våren 2009, forlenget til 2018».",
        },
      ],
    },
    {
      title: "Innhold",
      fields: [
        { name: "description", label: "Beskrivelse", kind: "markdown" },
        { name: "goals", label: "Målsetting", kind: "markdown" },
        { name: "findings", label: "Funn", kind: "markdown" },
      ],
    },
    plainLanguageSection,
    {
      title: "Forskningsteamet",
      fields: [
        {
          name: "members",
          label: "Medlemmer",
          kind: "members",
          help: "I rekkefølgen de skal vises. Hver person kan ha en rolle og ett eller flere arbeidssteder i prosjektperioden.",
        },
      ],
    },
    {
      title: "Organisering og finansiering",
      fields: [
        { name: "coordinatorId", label: "Koordinerende organisasjon", kind: "ref", optionSet: "organisations" },
        { name: "partnerIds", label: "Samarbeidspartnere", kind: "refs", optionSet: "organisations" },
        { name: "funderIds", label: "Finansiert av", kind: "refs", optionSet: "organisations" },
        {
          name: "funding",
          label: "Om finansieringen",
          kind: "textarea",
          help: "For eksempel «Tilskuddsmidler til forskning på selvorganisert selvhjelp, fra Helsedirektoratet».",
        },
      ],
    },
    {
      title: "Lenker og tilknytning",
      fields: [
        { name: "topicIds", label: "Emner", kind: "refs", optionSet: "topics" },
        {
          name: "links",
          label: "Lenker",
          kind: "links",
          help: "Prosjektsider, rapporter og kilder. Publikasjonene knyttes til prosjektet fra publikasjonsskjemaet.",
        },
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
