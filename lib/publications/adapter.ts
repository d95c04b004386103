import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { plainLanguageValues } from "@/lib/content/forms/plain-language";
import { linksAsValues, replaceLinks, resolvePersons } from "@/lib/content/engine/relations";
import { publicationForm } from "./form";
import type { PublicationValues } from "./schema";

export const publicationType = defineContentType(publicationForm, {
  titleOf: (v) => v.title,
  scalars: ({
    slug: _slug,
    authors: _a,
    editors: _e,
    topicIds: _t,
    projectIds: _p,
    relatedIds: _r,
    links: _l,
    ...rest
  }) => rest,

  async writeRelations(tx: Tx, id: string, v: PublicationValues) {
    const [authorIds, editorIds] = [await resolvePersons(tx, v.authors), await resolvePersons(tx, v.editors)];
    await tx.publicationContributor.deleteMany({ where: { publicationId: id } });
    // A person listed twice in one role is kept once, at the first place.
    const rows = [
      ...[...new Set(authorIds)].map((personId, position) => ({
        publicationId: id,
        personId,
        role: "author" as const,
        position,
      })),
      ...[...new Set(editorIds)].map((personId, position) => ({
        publicationId: id,
        personId,
        role: "editor" as const,
        position,
      })),
    ];
    await tx.publicationContributor.createMany({ data: rows });
    await tx.publication.update({
      where: { id },
      data: {
        topics: { set: v.topicIds.map((topicId) => ({ id: topicId })) },
        projects: { set: v.projectIds.map((projectId) => ({ id: projectId })) },
        related: { set: v.relatedIds.filter((other) => other !== id).map((other) => ({ id: other })) },
      },
    });
    await replaceLinks(tx, { publicationId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const p = await tx.publication.findUnique({
      where: { id },
      include: {
        contributors: { orderBy: [{ role: "asc" }, { position: "asc" }] },
        topics: { select: { id: true }, orderBy: { name: "asc" } },
        projects: { select: { id: true }, orderBy: { title: "asc" } },
        related: { select: { id: true }, orderBy: { title: "asc" } },
      },
    });
    if (!p) return null;
    const people = (role: "author" | "editor") =>
      p.contributors.filter((c) => c.role === role).map((c) => ({ personId: c.personId }));
    return {
      title: p.title,
      subtitle: blank(p.subtitle),
      slug: p.slug,
      type: p.type,
      year: blank(p.year),
      dateNote: blank(p.dateNote),
      language: p.language,
      authors: people("author"),
      editors: people("editor"),
      containerTitle: blank(p.containerTitle),
      volume: blank(p.volume),
      issue: blank(p.issue),
      pages: blank(p.pages),
      pageCount: blank(p.pageCount),
      edition: blank(p.edition),
      publisher: blank(p.publisher),
      place: blank(p.place),
      institutionId: blank(p.institutionId),
      degree: blank(p.degree),
      series: blank(p.series),
      seriesNumber: blank(p.seriesNumber),
      isbn: blank(p.isbn),
      issn: blank(p.issn),
      doi: blank(p.doi),
      license: blank(p.license),
      abstract: blank(p.abstract),
      abstractSource: blank(p.abstractSource),
      statusNote: blank(p.statusNote),
      note: blank(p.note),
      studyDesign: p.studyDesign,
      ...plainLanguageValues(p),
      topicIds: p.topics.map((t) => t.id),
      projectIds: p.projects.map((t) => t.id),
      relatedIds: p.related.map((t) => t.id),
      links: await linksAsValues(tx, { publicationId: id }),
    };
  },
});
