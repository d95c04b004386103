-- Full-text search of publications (issue 4). Hand-written: Prisma cannot express the extension,
-- the generated tsvector column, the collation of an index or the triggers. schema.prisma declares
-- what it can (the columns, and the indexes as Gin/B-tree), and a test checks that both agree.
--
-- The search text of a work spans other tables (contributors, topics), which a generated column
-- cannot see. So "searchAuthors", "searchTopics", "sortName" and the id arrays (migration
-- *_publication_search_fields) are copies kept current by the triggers below on every write path
-- (seed, editors, imports), and "searchVector" is generated from them and the work's own text.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Weights: A title and subtitle, B contributors, C container title and topics, D abstract.
-- Norwegian stemming, no unaccent: æ, ø and å are letters of their own.
ALTER TABLE "Publication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('norwegian'::regconfig, "title" || ' ' || coalesce("subtitle", '')), 'A') ||
  setweight(to_tsvector('norwegian'::regconfig, "searchAuthors"), 'B') ||
  setweight(to_tsvector('norwegian'::regconfig, coalesce("containerTitle", '') || ' ' || "searchTopics"), 'C') ||
  setweight(to_tsvector('norwegian'::regconfig, coalesce("abstract", '')), 'D')
) STORED;

CREATE INDEX "Publication_searchVector_idx" ON "Publication" USING GIN ("searchVector");

-- The overview's alphabetical order, in Norwegian (Æ, Ø, Å after Z).
CREATE INDEX "Publication_sortName_idx" ON "Publication" ("sortName" COLLATE "nb-NO-x-icu");

-- Misspelt terms are matched against this vocabulary by trigram similarity.
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The derived fields of the given works, recomputed in one statement; unchanged rows are not written.
CREATE FUNCTION publication_search_refresh(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Publication" p
     SET "searchAuthors" = f.authors, "sortName" = coalesce(f.first_name, p.title), "personIds" = f.person_ids,
         "searchTopics" = f.topics, "topicIds" = f.topic_ids, "projectIds" = f.project_ids
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
             ARRAY(SELECT pp."A" FROM "_ProjectToPublication" pp WHERE pp."B" = w.id ORDER BY 1) AS project_ids
        FROM (SELECT DISTINCT unnest(ids)) AS w(id)
        LEFT JOIN "PublicationContributor" c ON c."publicationId" = w.id
        LEFT JOIN "Person" per ON per.id = c."personId"
       GROUP BY w.id
    ) f
   WHERE p.id = f.id
     AND (p."searchAuthors", p."sortName", p."personIds", p."searchTopics", p."topicIds", p."projectIds")
         IS DISTINCT FROM (f.authors, coalesce(f.first_name, p.title), f.person_ids, f.topics, f.topic_ids, f.project_ids);
$$;

-- A new work has no contributors or topics yet (they refer to it), whatever a client sent; a work
-- without contributors sorts by its title. (Prisma's client cannot write these fields: @ignore.)
CREATE FUNCTION publication_search_defaults() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW."searchAuthors" := '';
    NEW."searchTopics" := '';
    NEW."personIds" := '{}';
    NEW."topicIds" := '{}';
    NEW."projectIds" := '{}';
  END IF;
  IF NEW."searchAuthors" = '' THEN
    NEW."sortName" := NEW.title;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER publication_search_defaults BEFORE INSERT OR UPDATE OF title, "searchAuthors" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION publication_search_defaults();

-- A work's contributors, topics or projects changed. Statement-level triggers with transition
-- tables, so that a bulk insert refreshes each work once. The argument names the column that
-- holds the work's id: "_PublicationToTopic" is Prisma's join table of Publication ("A") and Topic
-- ("B"), "_ProjectToPublication" that of Project ("A") and Publication ("B").
CREATE FUNCTION publication_search_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO ids;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) || $1 FROM old_rows', TG_ARGV[0]) INTO ids USING ids;
  END IF;
  PERFORM publication_search_refresh(ids);
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_contributors_inserted AFTER INSERT ON "PublicationContributor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');
CREATE TRIGGER publication_search_contributors_updated AFTER UPDATE ON "PublicationContributor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');
CREATE TRIGGER publication_search_contributors_deleted AFTER DELETE ON "PublicationContributor"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('publicationId');

CREATE TRIGGER publication_search_topics_inserted AFTER INSERT ON "_PublicationToTopic"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('A');
CREATE TRIGGER publication_search_topics_updated AFTER UPDATE ON "_PublicationToTopic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('A');
CREATE TRIGGER publication_search_topics_deleted AFTER DELETE ON "_PublicationToTopic"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('A');

CREATE TRIGGER publication_search_projects_inserted AFTER INSERT ON "_ProjectToPublication"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('B');
CREATE TRIGGER publication_search_projects_updated AFTER UPDATE ON "_ProjectToPublication"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('B');
CREATE TRIGGER publication_search_projects_deleted AFTER DELETE ON "_ProjectToPublication"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_links_changed('B');

-- A renamed person, or a topic renamed, published, unpublished or moved to the trash.
CREATE FUNCTION publication_search_person_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM publication_search_refresh(ARRAY(
    SELECT DISTINCT c."publicationId"
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "PublicationContributor" c ON c."personId" = n.id
     WHERE (n."givenName", n."familyName") IS DISTINCT FROM (o."givenName", o."familyName")));
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_person_renamed AFTER UPDATE ON "Person"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_person_renamed();

CREATE FUNCTION publication_search_topic_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM publication_search_refresh(ARRAY(
    SELECT DISTINCT pt."A"
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN "_PublicationToTopic" pt ON pt."B" = n.id
     WHERE (n.name, n.status, n."deletedAt") IS DISTINCT FROM (o.name, o.status, o."deletedAt")));
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_topic_changed AFTER UPDATE ON "Topic"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_topic_changed();

-- The vocabulary grows with the words of public works; words are never removed (a suggestion is
-- only shown when it finds public works, so a word of a withdrawn work reveals nothing).
CREATE FUNCTION publication_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
  SELECT DISTINCT w
    FROM new_rows n,
         regexp_split_to_table(lower(concat_ws(' ', n.title, n.subtitle, n."searchAuthors", n."searchTopics")), '[^[:alnum:]]+') AS w
   WHERE n.status = 'published' AND n."deletedAt" IS NULL AND length(w) >= 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER publication_search_words_inserted AFTER INSERT ON "Publication"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_words();
CREATE TRIGGER publication_search_words_updated AFTER UPDATE ON "Publication"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION publication_search_words();

-- Works that exist already.
SELECT publication_search_refresh(ARRAY(SELECT id FROM "Publication"));
