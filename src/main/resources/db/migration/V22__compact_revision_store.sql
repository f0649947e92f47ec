-- A recorded version held a row per article per language (law_version_revision): 700 versions
-- of a 600-article code made 400,000 rows, most of the database. A head only ever moves to the
-- next revision of its article, so a revision that left a version's membership never comes back:
-- a version is fully described by the revisions that entered it since the previous version of
-- its law, and its membership is, per article and language, the latest revision that entered it
-- or an earlier version.
ALTER TABLE law_version ADD COLUMN entered BIGINT[] NOT NULL DEFAULT '{}';

UPDATE law_version v SET entered = coalesce((
  SELECT array_agg(m.revision_id ORDER BY m.revision_id)
  FROM law_version_revision m
  WHERE m.version_id = v.id
    AND NOT EXISTS (
      SELECT 1 FROM law_version_revision p JOIN law_version pv ON pv.id = p.version_id
      WHERE p.revision_id = m.revision_id AND pv.law_id = v.law_id AND pv.number < v.number)),
  '{}');

DROP TABLE law_version_revision;

-- The unique (article_id, lang, number) index already serves every lookup by article and language.
DROP INDEX article_revision_article;
