import { defineForm } from "@/lib/content/forms/form-config";
import { EVENT_STATUS_LABELS } from "@/lib/content/labels";
import { EMPTY_EVENT, eventSchema } from "./schema";

export const eventForm = defineForm({
  type: "event",
  singular: "arrangement",
  plural: "Arrangementer",
  newLabel: "Nytt arrangement",
  adminSegment: "arrangementer",
  publicSegment: "arrangementer",
  titleField: "title",
  schema: eventSchema,
  empty: EMPTY_EVENT,
  sections: [
    {
      title: "Grunnopplysninger",
      fields: [
        { name: "title", label: "Tittel", kind: "text", required: true },
        { name: "summary", label: "Kort sammendrag", kind: "textarea", help: "Vises i listen over arrangementer." },
        {
          name: "eventStatus",
          label: "Status",
          kind: "select",
          required: true,
          options: Object.entries(EVENT_STATUS_LABELS).map(([value, label]) => ({ value, label })),
        },
        { name: "description", label: "Beskrivelse", kind: "markdown" },
      ],
    },
    {
      title: "Tid",
      fields: [
        {
          name: "startsAt",
          label: "Starter",
          kind: "datetime",
          help: "Norsk tid. La feltet stå tomt hvis datoen ikke er kjent ennå: da vises «Dato kommer».",
        },
        { name: "endsAt", label: "Slutter", kind: "datetime", help: "Norsk tid. Kan stå tomt." },
        {
          name: "timeUnknown",
          label: "Bare dagen er kjent",
          kind: "checkbox",
          help: "Huk av hvis klokkeslettet ikke er kjent. Velg da et hvilket som helst klokkeslett over; bare datoen vises.",
        },
      ],
    },
    {
      title: "Sted og strømming",
      fields: [
        { name: "venueName", label: "Sted", kind: "text", help: "For eksempel «Litteraturhuset i Oslo»." },
        { name: "venueAddress", label: "Adresse", kind: "text", help: "For eksempel «Wergelands vei 29, Oslo»." },
        {
          name: "venueId",
          label: "Stedet som organisasjon",
          kind: "ref",
          optionSet: "organisations",
          help: "Velg stedet hvis det finnes som organisasjon; da lenkes det til siden.",
        },
        { name: "online", label: "Arrangementet strømmes eller foregår på nett", kind: "checkbox" },
        { name: "streamUrl", label: "Lenke til strømmingen", kind: "url", help: "Hele adressen, med https://." },
        { name: "infoUrl", label: "Lenke til mer informasjon", kind: "url" },
        { name: "registrationUrl", label: "Lenke til påmelding", kind: "url" },
      ],
    },
    {
      title: "Lenker og tilknytning",
      fields: [
        { name: "projectId", label: "Prosjekt", kind: "ref", optionSet: "projects" },
        { name: "links", label: "Lenker", kind: "links", help: "Opptak, filmer og kilder." },
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
