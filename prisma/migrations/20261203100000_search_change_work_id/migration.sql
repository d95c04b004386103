-- AlterTable
ALTER TABLE "SearchChange" ADD COLUMN "publicationId" TEXT;

-- Hand-written: the triggers of migration *_search_changes now also name the work, so that the
-- facet table each server process holds (lib/publications/facet-table.ts) loads it again.
CREATE OR REPLACE FUNCTION search_change_works() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "SearchChange" ("publicationId", status, "deletedAt", type, year, language, "studyDesign", "topicIds",
                                "projectIds", "personIds", "searchIds", "plainKeyPoints", "searchVector")
    SELECT id, status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
           "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM old_rows;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "SearchChange" ("publicationId", status, "deletedAt", type, year, language, "studyDesign", "topicIds",
                                "projectIds", "personIds", "searchIds", "plainKeyPoints", "searchVector")
    SELECT id, status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
           "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM new_rows;
  END IF;
  DELETE FROM "SearchChange" WHERE at < now() - interval '1 day';
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION search_change_work_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') FROM new_rows', TG_ARGV[0]) INTO ids;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT %I), ''{}'') || $1 FROM old_rows', TG_ARGV[0]) INTO ids USING ids;
  END IF;
  INSERT INTO "SearchChange" ("publicationId", status, "deletedAt", type, year, language, "studyDesign", "topicIds",
                              "projectIds", "personIds", "searchIds", "plainKeyPoints", "searchVector")
  SELECT id, status, "deletedAt", type, year, language, "studyDesign", "topicIds", "projectIds",
         "personIds", "searchIds", "plainKeyPoints", "searchVector" FROM "Publication" WHERE id = ANY (ids);
  RETURN NULL;
END
$$;
