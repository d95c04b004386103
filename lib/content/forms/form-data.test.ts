import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field } from "@/components/editor/fields/Field";
import type { FormValues } from "@/lib/content/engine/adapter";
import { eventForm } from "@/lib/events/form";
import { organisationForm } from "@/lib/organisations/form";
import { projectForm } from "@/lib/projects/form";
import { publicationForm } from "@/lib/publications/form";
import type { FormConfig } from "@/lib/content/forms/form-config";
import { VERSION_INPUT, readEntryForm } from "@/lib/content/forms/form-data";
import { serializeForm } from "@/test/serialize-form";

// The form without JavaScript: the real field components are rendered as the server sends them,
// the HTML is posted as a browser would (no script: <noscript> controls count), and the parser
// must give back the values the form showed.

const fieldsOf = (form: FormConfig) => form.sections.flatMap((section) => section.fields);

function post(form: FormConfig, values: FormValues, version?: number, edit?: (data: FormData) => void): FormData {
  const html = fieldsOf(form)
    .map((field) =>
      renderToStaticMarkup(
        createElement(Field, {
          field,
          value: values[field.name],
          onChange: () => {},
          errors: {},
          options: {},
          remember: () => {},
        }),
      ),
    )
    .join("");
  const data = serializeForm(html);
  if (version !== undefined) data.set(VERSION_INPUT, String(version));
  edit?.(data);
  return data;
}

const publication: FormValues = {
  ...publicationForm.empty,
  title: "Selvhjelp & mestring: «en studie»",
  type: "rapport",
  year: "2016",
  abstract: "Første linje\n\n**Andre** <linje>",
  authors: [{ personId: "p-b" }, { newPerson: { givenName: "Åse", familyName: "Ørnes" } }, { personId: "p-a" }],
  editors: [{ personId: "p-c" }],
  institutionId: "o-1",
  topicIds: ["t-2", "t-1"],
  projectIds: [],
  relatedIds: ["w-9"],
  links: [{ kind: "fulltext", label: "PDF", url: "https://example.org/a.pdf", language: "nb" }],
};

const project: FormValues = {
  ...projectForm.empty,
  title: "Et prosjekt",
  startYear: "2009",
  members: [
    { personId: "p-2", role: "Forsker", affiliations: [{ organisationId: "o-2", note: "" }] },
    {
      personId: "p-1",
      role: "Prosjektleder",
      affiliations: [
        { organisationId: "o-3", note: "i en del av perioden" },
        { organisationId: "o-1", note: "" },
      ],
    },
    { newPerson: { givenName: "", familyName: "Ny" }, role: "", affiliations: [] },
  ],
  partnerIds: ["o-5", "o-4"],
};

describe("the entry form posted without JavaScript", () => {
  it("gives back an unchanged publication exactly: texts, select, markdown, people, refs and links in order", () => {
    const read = readEntryForm(publicationForm, post(publicationForm, publication, 7));
    expect(read.values).toEqual(publication);
    expect(read.version).toBe(7);
    expect(read.names).toEqual([]);
    expect(read.errors).toEqual({});
  });

  it("gives back a project's team exactly: order, roles, affiliations and their notes", () => {
    expect(readEntryForm(projectForm, post(projectForm, project)).values).toEqual(project);
  });

  it("reads checkboxes, date and time, and lines (a textarea's CRLF as line breaks)", () => {
    const event = { ...eventForm.empty, title: "Seminar", startsAt: "2024-03-01T10:00", online: true };
    expect(readEntryForm(eventForm, post(eventForm, event)).values).toEqual(event);
    const unticked = post(eventForm, event, undefined, (data) => data.delete("online"));
    expect(readEntryForm(eventForm, unticked).values.online).toBe(false);
    const organisation = post(organisationForm, organisationForm.empty, 1, (d) => d.set("formerNames", "A\r\nB"));
    expect(readEntryForm(organisationForm, organisation).values.formerNames).toEqual(["A", "B"]);
  });

  it("drops the rows ticked «Fjern» and keeps the others in order", () => {
    const data = post(publicationForm, publication, 1, (d) => {
      d.append("topicIds.fjern", "t-2");
      d.set("authors.0.fjern", "1");
      d.set("institutionId.fjern", "1");
      d.set("links.0.fjern", "1");
    });
    const { values } = readEntryForm(publicationForm, data);
    expect(values.topicIds).toEqual(["t-1"]);
    expect(values.authors).toEqual((publication.authors as unknown[]).slice(1));
    expect(values.institutionId).toBe("");
    expect(values.links).toEqual([]);
    const team = readEntryForm(
      projectForm,
      post(projectForm, project, 1, (d) => d.set("members.1.fjern", "1")),
    );
    const [first, , third] = project.members as unknown[];
    expect(team.values.members).toEqual([first, third]);
  });

  it("hands the names typed into the pickers to the server, by field and set", () => {
    const data = post(publicationForm, publication, 1, (d) => {
      d.set("authors.ny", "  Nora Gotaas ");
      d.set("topicIds.ny", "Empowerment");
      d.set("institutionId.ny", "OsloMet");
    });
    expect(readEntryForm(publicationForm, data).names).toEqual([
      { field: "authors", set: "persons", kind: "people", text: "Nora Gotaas" },
      { field: "institutionId", set: "organisations", kind: "ref", text: "OsloMet" },
      { field: "topicIds", set: "topics", kind: "refs", text: "Empowerment" },
    ]);
    const team = post(projectForm, project, 1, (d) => d.set("members.ny", "Gotaas"));
    expect(readEntryForm(projectForm, team).names).toEqual([
      { field: "members", set: "persons", kind: "members", text: "Gotaas" },
    ]);
  });
});

describe("hostile posts", () => {
  it("reads a missing, forged or oversized version as none (the save then refuses it)", () => {
    for (const version of [null, "", "abc", "-1", "1.5", "1e3", "12345678901"]) {
      const data = post(publicationForm, publication);
      if (version !== null) data.set(VERSION_INPUT, version);
      expect(readEntryForm(publicationForm, data).version).toBeUndefined();
    }
  });

  it("refuses a file where text belongs and a huge text, with Norwegian messages", () => {
    const data = post(publicationForm, publication, 1, (d) => {
      d.set("title", new File(["x"], "x.txt"));
      d.set("abstract", "x".repeat(200_000));
    });
    const read = readEntryForm(publicationForm, data);
    expect(read.errors.title).toEqual(["Feltet kunne ikke leses. Skriv det inn på nytt."]);
    expect(read.errors.abstract).toEqual(["Teksten er for lang til å lagres."]);
    expect(String(read.values.abstract).length).toBeLessThanOrEqual(60_000);
  });

  it("keeps forged ids for the save to refuse, drops duplicates and empty rows, and caps the rows", () => {
    const data = post(publicationForm, { ...publication, topicIds: [] }, 1, (d) => {
      d.append("topicIds", "finnes-ikke");
      d.append("topicIds", "finnes-ikke");
      d.set("authors.9999.fjern", "1");
      d.set("editors.5.other", "x");
      for (let i = 0; i < 300; i++) d.set(`links.${i}.label`, "L");
    });
    const read = readEntryForm(publicationForm, data);
    expect(read.values.topicIds).toEqual(["finnes-ikke"]);
    expect(read.values.authors).toEqual(publication.authors);
    expect(read.values.editors).toEqual(publication.editors);
    expect(read.values.links).toHaveLength(200);
    expect(read.errors.links).toEqual(["Høyst 200 rader."]);
  });

  it("gives every field of a form posted empty its blank value, never an exception", () => {
    for (const form of [publicationForm, projectForm, eventForm, organisationForm] as FormConfig[]) {
      const { values } = readEntryForm(form, new FormData());
      expect(Object.keys(values).sort()).toEqual(Object.keys(form.empty).sort());
      expect(form.schema.safeParse(values).success).toBe(false);
    }
  });
});
