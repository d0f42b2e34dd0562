-- Puts the post table back as the load left it: drops posts a write scenario created (their tags and comments
-- go with them by cascade) and restores posts a write scenario changed. Run after every write scenario.
\set ON_ERROR_STOP on
DELETE FROM post p WHERE NOT EXISTS (SELECT 1 FROM bench_post_snapshot s WHERE s.id = p.id);
SELECT format('UPDATE post p SET (%1$s) = (%2$s) FROM bench_post_snapshot s WHERE s.id = p.id AND (%3$s) IS DISTINCT FROM (%2$s)',
              string_agg(quote_ident(attname), ', ' ORDER BY attnum),
              string_agg('s.' || quote_ident(attname), ', ' ORDER BY attnum),
              string_agg('p.' || quote_ident(attname), ', ' ORDER BY attnum))
FROM pg_attribute WHERE attrelid = 'bench_post_snapshot'::regclass AND attnum > 0 AND NOT attisdropped
\gexec
VACUUM ANALYZE post;
