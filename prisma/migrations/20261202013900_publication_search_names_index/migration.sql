-- A work is found by every name and number on its page (issue 12): its institution, publisher,
-- series and number, journal or book; the titles and organisations of its public projects; the
-- short, former, parent's and successor's names of each of these organisations; and its DOI,
-- ISBN, ISSN and handle. Hand-written, like *_publication_search_index, whose design this follows:
--
-- Why triggers and not one write-path function: organisations, projects, their join tables and
-- links are written by the editors' forms, the import, the seed, restores and plain SQL. Triggers
-- keep "searchNames" and "searchIds" current in the same transaction whichever of these writes, so
-- a renamed organisation or project can never leave its works findable only by the old name.

-- The identifiers in a text, in one normal form each, so that every way of writing one is equal:
--   doi:10.1177/1403494811425603  from a bare DOI, "doi:…", "https://doi.org/…", "http://dx.doi.org/…"
--   hdl:10037/1727                from "hdl:…", "https://hdl.handle.net/…" or a bare handle
--   isbn:978820264657             ISBN-13 without its check digit, from ISBN-13 or ISBN-10, with
--                                 or without hyphens (an ISBN-10 is the same book as 978 + its
--                                 first nine digits, so no check digit needs computing)
--   issn:14034948                 from "1403-4948" or "14034948"
-- DOIs and handles are case-insensitive. Used both for a work's own fields and links and for the
-- search text, so the two can never disagree.
CREATE FUNCTION search_identifiers(input text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT id ORDER BY id), '{}')
    FROM (
      SELECT CASE
               WHEN t ~* '^(doi:|https?://(dx\.)?doi\.org/)?10\.[0-9]+(\.[0-9]+)*/.'
                 THEN 'doi:' || lower(regexp_replace(t, '^(doi:|https?://(dx\.)?doi\.org/)', '', 'i'))
               WHEN t ~* '^(hdl:|https?://hdl\.handle\.net/)?[0-9]+(\.[0-9]+)*/.'
                 THEN 'hdl:' || lower(regexp_replace(t, '^(hdl:|https?://hdl\.handle\.net/)', '', 'i'))
               WHEN d ~ '^97[89][0-9]{10}$' THEN 'isbn:' || left(d, 12)
               WHEN d ~ '^[0-9]{9}[0-9X]$' THEN 'isbn:978' || left(d, 9)
               WHEN d ~ '^[0-9]{7}[0-9X]$' THEN 'issn:' || d
             END AS id
        FROM (
          SELECT t, upper(regexp_replace(regexp_replace(t, '^(isbn|issn):?', '', 'i'), '[-‐‑]', '', 'g')) AS d
            -- A token ends at white space; a trailing full stop, comma or semicolon is punctuation.
            FROM regexp_split_to_table(coalesce(input, ''), '\s+') AS raw(token),
                 rtrim(raw.token, '.,;') AS t
           WHERE t <> ''
        ) tokens
    ) ids
   WHERE id IS NOT NULL
$$;

-- The names an organisation goes by on the portal's pages: its name, short name and former names,
-- and the names of the body it belongs to (NIBR within OsloMet) and of the body it became (HiNT,
-- now Nord universitet). Work pages show an institution whatever its status, so this does too.
CREATE FUNCTION organisation_search_names(organisation_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', o.name, o."shortName", nullif(array_to_string(o."formerNames", ' '), ''),
                   parent.name, parent."shortName", successor.name, successor."shortName")
    FROM "Organisation" o
    LEFT JOIN "Organisation" parent ON parent.id = o."parentId"
    LEFT JOIN "Organisation" successor ON successor.id = o."successorId"
   WHERE o.id = organisation_id
$$;

-- A work's institution, and its public projects with their coordinators, partners and funders.
CREATE FUNCTION publication_search_names(publication_id text, institution_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT concat_ws(' ', organisation_search_names(institution_id),
           (SELECT string_agg(concat_ws(' ', pr.title, organisation_search_names(pr."coordinatorId"),
                     (SELECT string_agg(organisation_search_names(pp."A"), ' ' ORDER BY pp."A") FROM "_ProjectPartners" pp WHERE pp."B" = pr.id),
                     (SELECT string_agg(organisation_search_names(pf."A"), ' ' ORDER BY pf."A") FROM "_ProjectFunders" pf WHERE pf."B" = pr.id)),
                   ' ' ORDER BY pr.id)
              FROM "_ProjectToPublication" ptp JOIN "Project" pr ON pr.id = ptp."A"
             WHERE ptp."B" = publication_id AND pr.status = 'published' AND pr."deletedAt" IS NULL))
$$;

-- A work's DOI, ISBN and ISSN, and the DOIs and handles its links point to.
CREATE FUNCTION publication_search_ids(publication_id text, doi text, isbn text, issn text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT search_identifiers(concat_ws(' ', doi, isbn, issn, (SELECT string_agg(l.url, ' ') FROM "Link" l WHERE l."publicationId" = publication_id)))
$$;

-- Weights as before (A title, B contributors, C container, topics and now every name and number
-- around the work, D abstract). The identifiers are not in the text index but in "searchIds".
ALTER TABLE "Publication" ALTER COLUMN "searchVector" SET EXPRESSION AS (
  setweight(to_tsvector('norwegian'::regconfig, "title" || ' ' || coalesce("subtitle", '')), 'A') ||
  setweight(to_tsvector('norwegian'::regconfig, "searchAuthors"), 'B') ||
  setweight(to_tsvector('norwegian'::regconfig,
    coalesce("containerTitle", '') || ' ' || "searchTopics" || ' ' || coalesce("publisher", '') || ' ' ||
    coalesce("series", '') || ' ' || coalesce("seriesNumber", '') || ' ' || "searchNames"), 'C') ||
  setweight(to_tsvector('norwegian'::regconfig, coalesce("abstract", '')), 'D')
);

-- The derived fields of the given works (as in *_publication_search_index, now with the names
-- and identifiers), recomputed in one statement; unchanged rows are not written.
CREATE OR REPLACE FUNCTION publication_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Publication" p
     SET "searchAuthors" = f.authors, "sortName" = coalesce(f.first_name, p.title), "personIds" = f.person_ids,
         "searchTopics" = f.topics, "topicIds" = f.topic_ids, "projectIds" = f.project_ids,
         "searchNames" = f.names, "searchIds" = f.identifiers
    FROM (
      SELECT w.id,
             coalesce(string_agg(concat_ws(' ', per."givenName", per."familyName"), ', ' ORDER BY c.role, c.position)
                        FILTER (WHERE per.id IS NOT NULL), '') AS authors,
             (array_agg(concat_ws(' ', per."familyName", per."givenName") ORDER BY c.role, c.position)
                FILTER (WHERE per.id IS NOT NULL))[1] AS first_name,
             coalesce(array_agg(DISTINCT per.id) FILTER (WHERE per.id IS NOT NULL), '{}') AS person_ids,
             (SELECT coalesce(string_agg(t.name, ', ' ORDER BY t.name) FILTER (WHERE t.status = 'published' AND t."deletedAt" IS NULL), '')
                FROM "_PublicationToTopic" pt JOIN "Topic" t ON t.id = pt."B" WHERE pt."A" = w.id) AS topics,
             ARRAY(SELECT pt."B" FROM "_PublicationToTopic" pt WHERE pt."A" = w.id ORDER BY 1) AS topic_ids,
             ARRAY(SELECT pp."A" FROM "_ProjectToPublication" pp WHERE pp."B" = w.id ORDER BY 1) AS project_ids,
             publication_search_names(w.id, w."institutionId") AS names,
             publication_search_ids(w.id, w.doi, w.isbn, w.issn) AS identifiers
        FROM (SELECT x.id, x."institutionId", x.doi, x.isbn, x.issn FROM "Publication" x WHERE x.id = ANY (ids)) AS w
        LEFT JOIN "PublicationContributor" c ON c."publicationId" = w.id
        LEFT JOIN "Person" per ON per.id = c."personId"
       GROUP BY w.id, w."institutionId", w.doi, w.isbn, w.issn
    ) f
   WHERE p.id = f.id
     AND (p."searchAuthors", p."sortName", p."personIds", p."searchTopics", p."topicIds", p."projectIds", p."searchNames", p."searchIds")
         IS DISTINCT FROM (f.authors, coalesce(f.first_name, p.title), f.person_ids, f.topics, f.topic_ids, f.project_ids, f.names, f.identifiers);
$$;

-- A work's own institution or identifiers changed (or it is new: its projects and links, which
-- refer to it, come later and refresh it then).
CREATE FUNCTION publication_search_own_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchNames" := publication_search_names(NEW.id, NEW."institutionId");
  NEW."searchIds" := publication_search_ids(NEW.id, NEW.doi, NEW.isbn, NEW.issn);
  RETURN NEW;
END
$$;

CREATE TRIGGER publication_search_own_references BEFORE INSERT OR UPDATE OF "institutionId", doi, isbn, issn ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION publication_search_own_references();

-- A work's links changed: their DOIs and handles (publication_search_links_changed is the
-- statement-level refresh of *_publication_search_index; links of other entries have no work).
CREATE TRIGGER publication_search_links_inserted AFTER INSERT ON "Link"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');
CREATE TRIGGER publication_search_links_updated AFTER UPDATE ON "Link"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');
CREATE TRIGGER publication_search_links_deleted AFTER DELETE ON "Link"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');

-- An organisation renamed (name, short or former names) or given another parent or successor: the
-- works whose institution or project organisation it is, or whose names include it as a parent
-- or successor.
CREATE FUNCTION publication_search_organisation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM publication_search_refresh(ARRAY(
    WITH changed AS (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.name, n."shortName", n."formerNames", n."parentId", n."successorId")
             IS DISTINCT FROM (o.name, o."shortName", o."formerNames", o."parentId", o."successorId")
    ), named AS (
      SELECT id FROM changed
      UNION SELECT o.id FROM "Organisation" o JOIN changed c ON c.id = o."parentId" OR c.id = o."successorId"
    ), projects AS (
      SELECT pr.id FROM "Project" pr JOIN named n ON n.id = pr."coordinatorId"
      UNION SELECT pp."B" FROM "_ProjectPartners" pp JOIN named n ON n.id = pp."A"
      UNION SELECT pf."B" FROM "_ProjectFunders" pf JOIN named n ON n.id = pf."A"
    )
    SELECT p.id FROM "Publication" p JOIN named n ON n.id = p."institutionId"
    UNION SELECT ptp."B" FROM "_ProjectToPublication" ptp JOIN projects pr ON pr.id = ptp."A"));
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_organisation_changed AFTER UPDATE ON "Organisation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_organisation_changed();

-- A project renamed, published, unpublished, moved to the trash or given another coordinator.
CREATE FUNCTION publication_search_project_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM publication_search_refresh(ARRAY(
    SELECT DISTINCT ptp."B"
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "_ProjectToPublication" ptp ON ptp."A" = n.id
     WHERE (n.title, n.status, n."deletedAt", n."coordinatorId") IS DISTINCT FROM (o.title, o.status, o."deletedAt", o."coordinatorId")));
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_project_changed AFTER UPDATE ON "Project"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_changed();

-- A project's partners or funders changed. Prisma's join tables: "_ProjectPartners" and
-- "_ProjectFunders" hold Organisation ("A") and Project ("B").
CREATE FUNCTION publication_search_project_organisations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  projects text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT coalesce(array_agg(DISTINCT "B"), '{}') INTO projects FROM new_rows;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT coalesce(array_agg(DISTINCT "B"), '{}') || projects INTO projects FROM old_rows;
  END IF;
  PERFORM publication_search_refresh(ARRAY(SELECT DISTINCT ptp."B" FROM "_ProjectToPublication" ptp WHERE ptp."A" = ANY (projects)));
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_partners_inserted AFTER INSERT ON "_ProjectPartners"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();
CREATE TRIGGER publication_search_partners_updated AFTER UPDATE ON "_ProjectPartners"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();
CREATE TRIGGER publication_search_partners_deleted AFTER DELETE ON "_ProjectPartners"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();
CREATE TRIGGER publication_search_funders_inserted AFTER INSERT ON "_ProjectFunders"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();
CREATE TRIGGER publication_search_funders_updated AFTER UPDATE ON "_ProjectFunders"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();
CREATE TRIGGER publication_search_funders_deleted AFTER DELETE ON "_ProjectFunders"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_project_organisations_changed();

-- The vocabulary of misspelt terms also holds the names around public works.
CREATE OR REPLACE FUNCTION publication_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
  SELECT DISTINCT w
    FROM new_rows n,
         regexp_split_to_table(lower(concat_ws(' ', n.title, n.subtitle, n."searchAuthors", n."searchTopics", n.publisher, n.series, n."searchNames")),
                               '[^[:alnum:]]+') AS w
   WHERE n.status = 'published' AND n."deletedAt" IS NULL AND length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

-- Works that exist already.
SELECT publication_search_refresh(ARRAY(SELECT id FROM "Publication"));
