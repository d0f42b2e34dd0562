-- Bulk data for the benchmark, on the tables Plinth created from the blog model. A fixed seed makes every run
-- load the same rows. Ids look like time-ordered UUIDs (as Plinth's are) and end in the row's number, so the
-- ceiling's pgbench scripts can pick a random row without a lookup: see bench_id().
--   authors 1000, tags 50, posts 100000 (author of post n: 1 + (n-1) % 1000), post_tags 200000 (2 a post),
--   comments 300000 (3 a post).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\o /dev/null
SELECT setseed(0.4242);
\o

CREATE OR REPLACE FUNCTION bench_id(prefix text, n bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (prefix || '-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;

TRUNCATE post_tags, comment, post, tag, author, series CASCADE;

INSERT INTO author (id, created_at, updated_at, version, name, handle, email, bio, website, joined_on)
SELECT bench_id('018f0000', n), ts, ts, 1, 'Author ' || n, 'author_' || n, 'author' || n || '@example.com',
       'Writes about ' || (ARRAY['java','databases','cooking','travel','music'])[1 + n % 5] || '. '
         || repeat(md5(random()::text), 4),
       CASE WHEN n % 3 = 0 THEN 'https://example.com/author/' || n END, ts::date
FROM (SELECT n, timestamptz '2019-01-01' + (random() * 365) * interval '1 day' AS ts
      FROM generate_series(1, 1000) n) t;

INSERT INTO tag (id, created_at, updated_at, version, name, slug, description, color)
SELECT bench_id('018e0000', n), timestamptz '2019-01-01', timestamptz '2019-01-01', 1, 'Tag ' || n, 'tag-' || n,
       'Posts about topic ' || n, '#' || lpad(to_hex((n * 5003) % 16777216), 6, '0')
FROM generate_series(1, 50) n;

INSERT INTO post (id, created_at, updated_at, version, title, slug, status, summary, body, rating, published_at,
                  featured, reading_minutes, view_count, author_id)
SELECT bench_id('01900000', n), pub - interval '2 days', pub, 1,
       'Post ' || n || ': ' || initcap(substr(md5(random()::text), 1, 20)),
       'post-' || n,
       CASE WHEN r < 0.6 THEN 'published' WHEN r < 0.85 THEN 'draft' ELSE 'archived' END,
       'Summary of post ' || n || '. ' || repeat(md5(random()::text) || ' ', 3),
       repeat(md5(random()::text) || ' ' || md5(random()::text) || E'.\n', 12),
       round((random() * 5)::numeric, 1), pub, n % 50 = 0, 1 + (random() * 29)::int,
       (random() * 10000)::bigint, bench_id('018f0000', 1 + (n - 1) % 1000)
FROM (SELECT n, random() AS r,
             timestamptz '2020-01-01' + (random() * 5 * 365 * 86400) * interval '1 second' AS pub
      FROM generate_series(1, 100000) n) t;

INSERT INTO post_tags (source_id, target_id)
SELECT bench_id('01900000', n), bench_id('018e0000', 1 + (n + k * off) % 50)
FROM (SELECT n, 1 + floor(random() * 49)::int AS off FROM generate_series(1, 100000) n) o,
     generate_series(0, 1) k;

INSERT INTO comment (id, created_at, updated_at, version, post_id, author_name, author_email, body, approved)
SELECT bench_id('01910000', n), ts, ts, 1, bench_id('01900000', 1 + (n - 1) % 100000),
       'Reader ' || (n % 5000), 'reader' || (n % 5000) || '@example.net',
       'Comment ' || n || ': ' || repeat(md5(random()::text) || ' ', 4), random() < 0.8
FROM (SELECT n, timestamptz '2020-01-01' + (random() * 5 * 365 * 86400) * interval '1 second' AS ts
      FROM generate_series(1, 300000) n) t;

-- What the write scenarios may change, kept aside so every contender starts from the same rows.
DROP TABLE IF EXISTS bench_post_snapshot;
CREATE TABLE bench_post_snapshot AS SELECT * FROM post;
ALTER TABLE bench_post_snapshot ADD PRIMARY KEY (id);
DROP TABLE IF EXISTS bench_post_tags_count;
CREATE TABLE bench_post_tags_count AS SELECT count(*) AS n FROM post_tags;

VACUUM ANALYZE;
