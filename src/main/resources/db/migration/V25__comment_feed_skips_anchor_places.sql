-- An edit of an article moves the anchors of most of its comments, and the search index copies a
-- comment's anchor state but not where the anchor lies. An update that changes only the place
-- (anchor_start, anchor_end, orphaned_in) leaves the comment's entry as it was, so it no longer
-- names the comment in the feed: re-indexing thousands of unchanged entries per edit was most of
-- what carrying comments cost. Every other column still counts, including those added later.
CREATE FUNCTION change_feed_comment_updates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO change_feed (kind, ref)
    SELECT 'comment', n.id::text
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE to_jsonb(n) - '{anchor_start,anchor_end,orphaned_in}'::text[]
          IS DISTINCT FROM to_jsonb(o) - '{anchor_start,anchor_end,orphaned_in}'::text[];
  RETURN NULL;
END $$;

DROP TRIGGER change_feed_comments_update ON consultation_comment;
CREATE TRIGGER change_feed_comments_update AFTER UPDATE ON consultation_comment
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION change_feed_comment_updates();
