-- An edit of an article moves the anchors of the passages after it: thousands of rows per edit
-- in a large round. Two costs of each such update go:
--
-- 1. With every page full, each new row version went to another page, and each of the table's six
--    indexes got a new entry for it. Keeping a fifth of each page free lets PostgreSQL write the
--    new version beside the old one (a heap-only update), touching no index, since no index holds
--    an anchor's offsets. CLUSTER rewrites the pages already written, which the setting alone
--    would leave full.
ALTER TABLE consultation_comment SET (fillfactor = 80);
CLUSTER consultation_comment USING consultation_comment_pkey;

-- 2. The update trigger (V25) kept every updated row, old and new, in transition tables, then
--    compared them. It now fires only for statements that set a column other than the anchor's
--    place (anchor_start, anchor_end, orphaned_in), once per row; AnchorFollower writes a changed
--    anchor state apart from a moved place. PostgreSQL allows no transition table on a trigger
--    limited to columns, hence one row at a time. The columns are listed from the catalog here;
--    a column added later must be added to the trigger, which FeedCursorTest checks.
DROP TRIGGER change_feed_comments_update ON consultation_comment;
DROP FUNCTION change_feed_comment_updates();

CREATE FUNCTION change_feed_comment_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref) VALUES ('comment', NEW.id::text);
  RETURN NULL;
END $$;

DO $$
BEGIN
  EXECUTE (
    SELECT format(
      'CREATE TRIGGER change_feed_comments_update AFTER UPDATE OF %s ON consultation_comment'
      ' FOR EACH ROW EXECUTE FUNCTION change_feed_comment_update()',
      string_agg(quote_ident(attname), ', ' ORDER BY attnum))
    FROM pg_attribute
    WHERE attrelid = 'consultation_comment'::regclass AND attnum > 0 AND NOT attisdropped
      AND attname NOT IN ('anchor_start', 'anchor_end', 'orphaned_in'));
END $$;
