-- An edit of an article moves the anchors of most of its comments, and the search index copies a
-- comment's anchor state but not where the anchor lies. An update that changes only the place
-- (anchor_start, anchor_end, orphaned_in) leaves the comment's entry as it was, so it no longer
-- names the comment in the feed: re-indexing thousands of unchanged entries per edit was most of
-- what carrying comments cost. Every other column counts, including columns added later: the
-- comparison is built from the catalog when the trigger runs (to_jsonb of each row, the obvious
-- way, cost more than the update itself).
CREATE FUNCTION change_feed_comment_updates() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n_columns TEXT;
  o_columns TEXT;
BEGIN
  SELECT string_agg('n.' || quote_ident(attname), ', ' ORDER BY attnum),
         string_agg('o.' || quote_ident(attname), ', ' ORDER BY attnum)
    INTO n_columns, o_columns
    FROM pg_attribute
    WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
      AND attname NOT IN ('anchor_start', 'anchor_end', 'orphaned_in');
  EXECUTE format(
    'INSERT INTO change_feed (kind, ref) SELECT ''comment'', n.id::text'
    ' FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (%s) IS DISTINCT FROM (%s)',
    n_columns, o_columns);
  RETURN NULL;
END $$;

DROP TRIGGER change_feed_comments_update ON consultation_comment;
CREATE TRIGGER change_feed_comments_update AFTER UPDATE ON consultation_comment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION change_feed_comment_updates();
