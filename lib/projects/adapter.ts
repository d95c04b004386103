import "server-only";
import { defineContentType, type Tx } from "@/lib/content/engine/adapter";
import { blank } from "@/lib/content/forms/blank";
import { plainLanguageValues } from "@/lib/content/forms/plain-language";
import { linksAsValues, replaceLinks, resolvePersons } from "@/lib/content/engine/relations";
import type { MemberValues } from "./members";
import { projectForm } from "./form";
import type { ProjectValues } from "./schema";

/** The team, replaced as a whole: members in order, each with their affiliations in order. */
async function replaceMembers(tx: Tx, projectId: string, members: MemberValues[]) {
  const personIds = await resolvePersons(
    tx,
    members.map((m) => (m.newPerson ? { newPerson: m.newPerson } : { personId: String(m.personId) })),
  );
  // Affiliations go with their member (onDelete: Cascade).
  await tx.projectMember.deleteMany({ where: { projectId } });
  for (const [position, member] of members.entries()) {
    await tx.projectMember.create({
      data: {
        projectId,
        personId: personIds[position]!,
        role: member.role,
        position,
        affiliations: {
          create: member.affiliations.map((a, i) => ({ organisationId: a.organisationId, note: a.note, position: i })),
        },
      },
    });
  }
}

export const projectType = defineContentType(projectForm, {
  titleOf: (v) => v.title,
  scalars: ({ slug: _slug, partnerIds: _p, funderIds: _f, members: _m, topicIds: _t, links: _l, ...rest }) => rest,

  async writeRelations(tx: Tx, id: string, v: ProjectValues) {
    await tx.project.update({
      where: { id },
      data: {
        partners: { set: v.partnerIds.map((orgId) => ({ id: orgId })) },
        funders: { set: v.funderIds.map((orgId) => ({ id: orgId })) },
        topics: { set: v.topicIds.map((topicId) => ({ id: topicId })) },
      },
    });
    await replaceMembers(tx, id, v.members);
    await replaceLinks(tx, { projectId: id }, v.links);
  },

  async formValues(tx: Tx, id: string) {
    const p = await tx.project.findUnique({
      where: { id },
      include: {
        partners: { select: { id: true }, orderBy: { name: "asc" } },
        funders: { select: { id: true }, orderBy: { name: "asc" } },
        topics: { select: { id: true }, orderBy: { name: "asc" } },
        members: { orderBy: { position: "asc" }, include: { affiliations: { orderBy: { position: "asc" } } } },
      },
    });
    if (!p) return null;
    return {
      title: p.title,
      summary: blank(p.summary),
      description: blank(p.description),
      goals: blank(p.goals),
      findings: blank(p.findings),
      startYear: blank(p.startYear),
      endYear: blank(p.endYear),
      periodNote: blank(p.periodNote),
      funding: blank(p.funding),
      coordinatorId: blank(p.coordinatorId),
      partnerIds: p.partners.map((o) => o.id),
      funderIds: p.funders.map((o) => o.id),
      members: p.members.map((m) => ({
        personId: m.personId,
        role: blank(m.role),
        affiliations: m.affiliations.map((a) => ({ organisationId: a.organisationId, note: blank(a.note) })),
      })),
      topicIds: p.topics.map((t) => t.id),
      links: await linksAsValues(tx, { projectId: id }),
      slug: p.slug,
      ...plainLanguageValues(p),
    };
  },
});
