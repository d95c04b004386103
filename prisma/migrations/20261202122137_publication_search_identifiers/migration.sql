-- Identifiers as visitors paste them, and series numbers with a slash (issue 12). Hand-written,
-- like *_publication_search_names_index, whose search_identifiers() this replaces.
--
-- The same rules as lib/publications/search-identifiers.ts, which reads the search text;
-- search-identifiers.integration.test.ts checks that both agree on every form. New here: DOIs as
-- "info:doi/…", "www.doi.org/…" and "doi.org/…", with "%2F" for the slash; "hdl.handle.net/…"
-- without "https://"; en dashes and other dashes in an ISBN or ISSN; quotes, brackets and an
-- unbalanced closing parenthesis around a token; and an ISSN only as four and four digits
-- ("2020-09-30" is a date, not ISSN 2020-0930).
CREATE OR REPLACE FUNCTION search_identifiers(input text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT id ORDER BY id), '{}')
    FROM (
      SELECT CASE
               WHEN u ~* '^(doi:|info:doi/|(https?://)?((dx|www)\.)?doi\.org/)?10\.[0-9]+(\.[0-9]+)*/.'
                 THEN 'doi:' || lower(regexp_replace(u, '^(doi:|info:doi/|(https?://)?((dx|www)\.)?doi\.org/)', '', 'i'))
               WHEN u ~* '^(hdl:|(https?://)?hdl\.handle\.net/)?[0-9]+(\.[0-9]+)*/.'
                 THEN 'hdl:' || lower(regexp_replace(u, '^(hdl:|(https?://)?hdl\.handle\.net/)', '', 'i'))
               WHEN d ~ '^97[89][0-9]{10}$' THEN 'isbn:' || left(d, 12)
               WHEN d ~ '^[0-9]{9}[0-9X]$' THEN 'isbn:978' || left(d, 9)
               WHEN n ~* '^[0-9]{4}[-‐‑‒–−]?[0-9]{3}[0-9X]$' THEN 'issn:' || d
             END AS id
        FROM (
          SELECT regexp_replace(t, '%2F', '/', 'gi') AS u, n, upper(regexp_replace(n, '[-‐‑‒–−]', '', 'g')) AS d
            -- A token ends at white space; quotes, brackets and a trailing full stop, comma or
            -- semicolon are punctuation, a closing parenthesis only when it closes nothing.
            FROM regexp_split_to_table(coalesce(input, ''), '\s+') AS raw(token),
                 ltrim(rtrim(raw.token, '.,;>]»"”’'''), '(<[«"“‘''') AS s,
                 LATERAL (SELECT CASE WHEN right(s, 1) = ')' AND length(s) - length(replace(s, ')', '')) > length(s) - length(replace(s, '(', ''))
                                      THEN rtrim(left(s, -1), '.,;>]»"”’''') ELSE s END AS t) cleaned,
                 regexp_replace(t, '^(isbn|issn):?', '', 'i') AS n
           WHERE t <> ''
        ) tokens
    ) ids
   WHERE id IS NOT NULL
$$;

-- A slash separates words ("Prosjektrapport 01/2011"): PostgreSQL's parser would read "01/2011"
-- as one file name, which the search's words "01" and "2011" do not match. Weights as before.
ALTER TABLE "Publication" ALTER COLUMN "searchVector" SET EXPRESSION AS (
  setweight(to_tsvector('norwegian'::regconfig, translate("title" || ' ' || coalesce("subtitle", ''), '/', ' ')), 'A') ||
  setweight(to_tsvector('norwegian'::regconfig, "searchAuthors"), 'B') ||
  setweight(to_tsvector('norwegian'::regconfig, translate(
    coalesce("containerTitle", '') || ' ' || "searchTopics" || ' ' || coalesce("publisher", '') || ' ' ||
    coalesce("series", '') || ' ' || coalesce("seriesNumber", '') || ' ' || "searchNames", '/', ' ')), 'C') ||
  setweight(to_tsvector('norwegian'::regconfig, translate(coalesce("abstract", ''), '/', ' ')), 'D')
);

-- Works that exist already and have an identifier or a link: their identifiers in the new normal
-- form (unchanged rows are not written).
SELECT publication_search_refresh(ARRAY(
  SELECT p.id FROM "Publication" p
   WHERE p.doi IS NOT NULL OR p.isbn IS NOT NULL OR p.issn IS NOT NULL OR EXISTS (SELECT 1 FROM "Link" l WHERE l."publicationId" = p.id)));
