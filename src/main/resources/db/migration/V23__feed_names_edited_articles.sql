-- An edit keeps its article's place (division and position key), so no other article's number
-- changes: the feed names that article alone, and the engines rewrite its search entries instead
-- of the whole law's. Insertions, moves, deletions and restorations renumber others, and still name
-- the law (see V16).
CREATE OR REPLACE FUNCTION change_feed_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT DISTINCT 'article', r.article_id::text FROM new_rows r WHERE r.change_kind = 'EDITED';
  INSERT INTO change_feed (kind, ref)
    SELECT DISTINCT 'law', l.slug
    FROM new_rows r JOIN article a ON a.id = r.article_id JOIN law l ON l.id = a.law_id
    WHERE r.change_kind <> 'EDITED';
  RETURN NULL;
END $$;
