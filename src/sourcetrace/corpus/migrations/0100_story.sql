-- Claims across outlets (corpus/story): same-claim links, their clusters and summaries, syndicated families,
-- and per-analysis facts (mentions with stance, quantities, source aliases) that the summaries are built from.

-- One row per pair of stored claims (claims.id, claim_a < claim_b) the matcher scored above `low`.
-- relation: same (they say the same thing) | contradicts (the same words with the opposite polarity).
-- status: made (above `high`) | suggested (for a person) | confirmed | rejected (a person's verdict).
CREATE SEQUENCE claim_link_ids START 1;
CREATE TABLE claim_links (
    id           BIGINT PRIMARY KEY DEFAULT nextval('claim_link_ids'),
    claim_a      BIGINT NOT NULL,
    claim_b      BIGINT NOT NULL,
    relation     TEXT NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    checks       TEXT,                      -- the hard checks the pair failed, comma-joined
    status       TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    reviewed_by  TEXT,
    reviewed_at  TIMESTAMP,
    UNIQUE (claim_a, claim_b)
);

-- The articles the link pass has placed (their analysis matched, or shared with a copy already placed).
CREATE TABLE story_articles (
    ref          TEXT PRIMARY KEY,
    analysis_id  BIGINT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

-- Which analyses the link pass has read (their claims matched, their facts stored).
CREATE TABLE story_facts (
    analysis_id  BIGINT PRIMARY KEY,
    facts        TEXT NOT NULL              -- JSON: per claim its mentions and quantities; sources with aliases
);

-- The cluster of every claim that has a counted (made or confirmed) same-claim link: the smallest claims.id in it.
CREATE TABLE claim_clusters (
    claim_id  BIGINT PRIMARY KEY,
    cluster   BIGINT NOT NULL
);

-- One row per cluster mentioned in two or more articles: what `corpus claims` lists.
CREATE TABLE story_clusters (
    cluster              BIGINT PRIMARY KEY,
    statement            TEXT NOT NULL,
    articles             INTEGER NOT NULL,
    outlets              INTEGER NOT NULL,
    independent_origins  INTEGER NOT NULL,
    denied               BOOLEAN NOT NULL,
    first_report         TEXT,
    first_published      TEXT,
    last_published       TEXT,
    signature            TEXT NOT NULL,     -- the member claims, so a refresh redoes only what changed
    summary              TEXT NOT NULL      -- the cluster as `corpus claims` prints it (JSON)
);

-- Syndicated-copy families (corpus/families), refreshed after ingest.
CREATE TABLE families (
    ref       TEXT PRIMARY KEY,
    family    TEXT NOT NULL,
    relation  TEXT NOT NULL                 -- original | reprint | trimmed | local_added | rewrite
);
