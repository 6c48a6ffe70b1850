-- What the web app's read cache checks (apps/web/cache.py): a counter every write transaction
-- raises just before it commits, so the row lock is held only for the commit itself.
CREATE TABLE store_changes (id INTEGER PRIMARY KEY, changes BIGINT NOT NULL);
INSERT INTO store_changes (id, changes) VALUES (1, 0);
-- Joins from claims and attributions to their articles, and the overview's lists, by index.
CREATE INDEX articles_analysis ON articles (analysis_id);
CREATE INDEX story_clusters_rank ON story_clusters (independent_origins DESC, articles DESC, cluster);
-- The overview's "newest first" lists walk the articles by date and stop at ten; without these
-- PostgreSQL joins and sorts every denied, anonymous-only or unanswered row.
CREATE INDEX articles_newest ON articles (published DESC NULLS LAST, id DESC);
CREATE INDEX claims_denied ON claims (analysis_id) WHERE denied;
CREATE INDEX claims_anonymous_only ON claims (analysis_id) WHERE anonymous_only;
CREATE INDEX attributions_no_response ON attributions (analysis_id) WHERE stance = 'no_response';
