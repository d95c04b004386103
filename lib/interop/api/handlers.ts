import "server-only";
import { publishedEventBySlug } from "@/lib/events/queries";
import { publishedOrganisationBySlug } from "@/lib/organisations/queries";
import { publishedPersonBySlug } from "@/lib/persons/queries";
import { publishedProjectBySlug } from "@/lib/projects/queries";
import { publicationRecordBySlug, publicationRecordsByIds } from "@/lib/publications/records";
import { OVERVIEW_PAGE_SIZE, overviewPage, readOverviewParams, searchParamsToRecord } from "../overview";
import { apiRoute, BadRequest, json, notFound, pagination, requestedPage } from "./http";
import { eventPage, organisationPage, personPage, projectPage, topicBySlug, topicPage, type Paging } from "./queries";
import * as serialize from "./serialize";

// The handlers behind /api/v1/*: read the request, call the data layer, serialise.

const LIST_PAGE_SIZE = 50;

type SlugContext = { params: Promise<{ slug: string }> };

/** Publications with the overview's own filters (?type=, ?fra=, ?til=) and order. */
export const listPublications = apiRoute(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const page = requestedPage(params);
  const { filters, problems } = readOverviewParams(searchParamsToRecord(params));
  if (problems.length > 0) throw new BadRequest(problems);
  const overview = await overviewPage({ ...filters, page });
  const records = await publicationRecordsByIds(overview.items.map((item) => item.id));
  return json({
    data: records.map(serialize.publication),
    pagination: pagination(request, page, OVERVIEW_PAGE_SIZE, overview.total, overview.approximate.total),
  });
});

function listRoute<R, T>(load: (paging: Paging) => Promise<{ rows: R[]; total: number }>, toApi: (row: R) => T) {
  return apiRoute(async (request: Request) => {
    const page = requestedPage(new URL(request.url).searchParams);
    const { rows, total } = await load({ skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE });
    return json({ data: rows.map(toApi), pagination: pagination(request, page, LIST_PAGE_SIZE, total) });
  });
}

function detailRoute<R, T>(load: (slug: string) => Promise<R | null>, toApi: (row: R) => T, what: string) {
  return apiRoute(async (request: Request, { params }: SlugContext) => {
    const row = await load((await params).slug);
    return row ? json({ data: toApi(row) }) : notFound(request, what);
  });
}

export const getPublication = detailRoute(publicationRecordBySlug, serialize.publicationDetail, "Publikasjonen");
export const listProjects = listRoute(projectPage, serialize.projectSummary);
export const getProject = detailRoute(publishedProjectBySlug, serialize.project, "Prosjektet");
export const listPersons = listRoute(personPage, serialize.personSummary);
export const getPerson = detailRoute(publishedPersonBySlug, serialize.person, "Personen");
export const listOrganisations = listRoute(organisationPage, serialize.organisationSummary);
export const getOrganisation = detailRoute(publishedOrganisationBySlug, serialize.organisation, "Organisasjonen");
export const listEvents = listRoute(eventPage, serialize.eventSummary);
export const getEvent = detailRoute(publishedEventBySlug, serialize.event, "Arrangementet");
export const listTopics = listRoute(topicPage, serialize.topic);
export const getTopic = detailRoute(topicBySlug, serialize.topicDetail, "Emnet");
