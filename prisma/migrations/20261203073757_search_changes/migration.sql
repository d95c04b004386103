-- CreateTable
CREATE TABLE "SearchChange" (
    "id" BIGSERIAL NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "global" BOOLEAN NOT NULL DEFAULT false,
    "status" "ContentStatus",
    "deletedAt" TIMESTAMP(3),
    "type" "PublicationType",
    "year" INTEGER,
    "language" TEXT,
    "studyDesign" "StudyDesign",
    "topicIds" TEXT[],
    "projectIds" TEXT[],
    "personIds" TEXT[],
    "searchIds" TEXT[],
    "plainKeyPoints" TEXT[],
    "searchVector" tsvector,

    CONSTRAINT "SearchChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchChange_xid_idx" ON "SearchChange"("xid");

-- CreateIndex
CREATE INDEX "SearchChange_at_idx" ON "SearchChange"("at");

-- Hand-written: the triggers that write "SearchChange" (schema.prisma) on every write path, so that
-- a cached search (lib/publications/search-cache.ts) can tell whether a save since it was counted
-- could have changed it: a work's searchable state before and after, or a change that may touch
-- any search (`global`).

-- The works of the statement, as they were (old_rows) or are (new_rows); rows older than a day go.
CREATE FUNCTION search_change_works() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SearchChange" (status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
                                "personIds", "searchIds", "plainKeyPoints", "searchVector")
    SELECT status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
           "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM old_rows;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SearchChange" (status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
                                "personIds", "searchIds", "plainKeyPoints", "searchVector")
    SELECT status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
           "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM new_rows;
  END IF;
  DELETE FROM "SearchChange" WHERE at < now() - interval '1 day';
  RETURN NULL;
END
$$;

CREATE TRIGGER search_change_works_inserted AFTER INSERT ON "Publication"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_works();
CREATE TRIGGER search_change_works_updated AFTER UPDATE ON "Publication"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_works();
CREATE TRIGGER search_change_works_deleted AFTER DELETE ON "Publication"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_works();

-- A work's contributors or links changed (a search's page shows them): its state as it is now.
-- The argument names the column that holds the work's id.
CREATE FUNCTION search_change_work_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM new_rows', TG_ARGV[0]) INTO ids;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') || $1 FROM old_rows', TG_ARGV[0]) INTO ids USING ids;
  END IF;
  INSERT INTO "SearchChange" (status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
                              "personIds", "searchIds", "plainKeyPoints", "searchVector")
  SELECT status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
         "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM "Publication" WHERE id = ANY (ids);
  RETURN NULL;
END
$$;

CREATE TRIGGER search_change_contributors_inserted AFTER INSERT ON "PublicationContributor"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');
CREATE TRIGGER search_change_contributors_updated AFTER UPDATE ON "PublicationContributor"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');
CREATE TRIGGER search_change_contributors_deleted AFTER DELETE ON "PublicationContributor"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');
CREATE TRIGGER search_change_links_inserted AFTER INSERT ON "Link"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');
CREATE TRIGGER search_change_links_updated AFTER UPDATE ON "Link"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');
CREATE TRIGGER search_change_links_deleted AFTER DELETE ON "Link"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_work_parts('publicationId');

-- Any search: the names, slugs and visibility of people, topics and projects are the facets'
-- labels and values and what the filters' slugs resolve to; the vocabulary decides the spellings.
CREATE FUNCTION search_change_global() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchChange" (global) VALUES (true);
  RETURN NULL;
END
$$;

CREATE TRIGGER search_change_persons_written AFTER INSERT OR DELETE ON "Person"
  FOR EACH STATEMENT EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_persons_updated AFTER UPDATE ON "Person" FOR EACH ROW
  WHEN ((OLD."givenName", OLD."familyName", OLD.slug, OLD.status, OLD."deletedAt")
        IS DISTINCT FROM (NEW."givenName", NEW."familyName", NEW.slug, NEW.status, NEW."deletedAt"))
  EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_topics_written AFTER INSERT OR DELETE ON "Topic"
  FOR EACH STATEMENT EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_topics_updated AFTER UPDATE ON "Topic" FOR EACH ROW
  WHEN ((OLD.name, OLD.slug, OLD.status, OLD."deletedAt") IS DISTINCT FROM (NEW.name, NEW.slug, NEW.status, NEW."deletedAt"))
  EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_projects_written AFTER INSERT OR DELETE ON "Project"
  FOR EACH STATEMENT EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_projects_updated AFTER UPDATE ON "Project" FOR EACH ROW
  WHEN ((OLD.title, OLD.slug, OLD.status, OLD."deletedAt") IS DISTINCT FROM (NEW.title, NEW.slug, NEW.status, NEW."deletedAt"))
  EXECUTE FUNCTION search_change_global();
CREATE TRIGGER search_change_words_changed AFTER UPDATE OR DELETE ON "SearchWord"
  FOR EACH STATEMENT EXECUTE FUNCTION search_change_global();

-- Every save of a work offers its words to the vocabulary (ON CONFLICT DO NOTHING): only a new one counts.
CREATE FUNCTION search_change_new_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows) THEN
    INSERT INTO "SearchChange" (global) VALUES (true);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_change_words_inserted AFTER INSERT ON "SearchWord"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_change_new_words();
