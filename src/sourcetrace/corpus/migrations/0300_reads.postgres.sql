-- What the web app's read cache checks (apps/web/cache.py): a counter every write transaction
-- raises just before it commits, so the row lock is held only for the commit itself.
CREATE TABLE store_changes (id INTEGER PRIMARY KEY, changes BIGINT NOT NULL);
INSERT INTO store_changes (id, changes) VALUES (1, 0);
-- Joins from claims and attributions to their articles, and the overview's lists, by index.
CREATE INDEX articles_analysis ON articles (analysis_id);
CREATE INDEX story_clusters_rank ON story_clusters (independent_origins DESC, articles DESC, cluster);
