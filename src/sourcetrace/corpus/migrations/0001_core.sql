-- The corpus core, shared by DuckDB and PostgreSQL (plain SQL both accept; no foreign keys,
-- because DuckDB refuses updates to rows that an index or a foreign key covers).

CREATE SEQUENCE article_ids START 1;
CREATE TABLE articles (
    id           BIGINT PRIMARY KEY DEFAULT nextval('article_ids'),
    ref          TEXT NOT NULL UNIQUE,
    text_hash    TEXT NOT NULL,              -- sha256 of the normalised text (the text stored and analysed)
    url          TEXT,
    outlet       TEXT,
    published    TEXT,                       -- ISO date as given: YYYY, YYYY-MM or YYYY-MM-DD
    title        TEXT,
    author       TEXT,
    language     TEXT,
    state        TEXT NOT NULL,              -- analysed | not_english | failed
    note         TEXT,
    analysis_id  BIGINT,                     -- the current analysis (analyses.id), NULL when none
    text         TEXT NOT NULL,
    meta         TEXT NOT NULL,              -- Meta as JSON
    ingested_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX articles_text_hash ON articles (text_hash);

-- One analysis per text, engine version and profile: reprints of a text share it.
CREATE SEQUENCE analysis_ids START 1;
CREATE TABLE analyses (
    id              BIGINT PRIMARY KEY DEFAULT nextval('analysis_ids'),
    text_hash       TEXT NOT NULL,
    engine_version  TEXT NOT NULL,
    profile         TEXT NOT NULL,
    analysis        TEXT NOT NULL,          -- the Analysis JSON as the engine made it
    created_at      TIMESTAMP NOT NULL DEFAULT current_timestamp,
    UNIQUE (text_hash, engine_version, profile)
);

-- Flat rows for querying; an article reaches them through articles.analysis_id.
CREATE TABLE sources (
    analysis_id  BIGINT NOT NULL,
    source_id    TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    named        BOOLEAN NOT NULL,
    description  TEXT,
    member_of    TEXT,
    group_count  INTEGER,
    mentions     INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, source_id)
);

CREATE TABLE attributions (
    analysis_id     BIGINT NOT NULL,
    attribution_id  TEXT NOT NULL,
    source_id       TEXT,
    source_name     TEXT,
    source_kind     TEXT,
    source_named    BOOLEAN,
    type            TEXT NOT NULL,
    stance          TEXT NOT NULL,
    statement       BOOLEAN NOT NULL,
    cue             TEXT,
    source_text     TEXT,
    content         TEXT NOT NULL,
    content_start   INTEGER NOT NULL,
    content_end     INTEGER NOT NULL,
    recipient       TEXT,
    channel         TEXT,
    confidence      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (analysis_id, attribution_id)
);

CREATE SEQUENCE claim_ids START 1;
CREATE TABLE claims (
    id                BIGINT PRIMARY KEY DEFAULT nextval('claim_ids'),
    analysis_id       BIGINT NOT NULL,
    claim_id          TEXT NOT NULL,
    text              TEXT NOT NULL,
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    attributions      INTEGER NOT NULL,
    sources           TEXT,                 -- source names, '; '-joined
    unattributed      BOOLEAN NOT NULL,
    single_source     BOOLEAN NOT NULL,
    anonymous_only    BOOLEAN NOT NULL,
    document_based    BOOLEAN NOT NULL,
    denied            BOOLEAN NOT NULL,
    check_worthiness  DOUBLE PRECISION NOT NULL,
    UNIQUE (analysis_id, claim_id)
);

-- Every input that ended without an analysis. A ref's latest outcome is its current row; a later
-- outcome (stored, or failed again) clears is_current on the earlier ones, which stay as history.
CREATE SEQUENCE ingest_log_ids START 1;
CREATE TABLE ingest_log (
    id              BIGINT PRIMARY KEY DEFAULT nextval('ingest_log_ids'),
    ref             TEXT NOT NULL,
    reason          TEXT NOT NULL,
    message         TEXT NOT NULL,
    engine_version  TEXT NOT NULL,
    profile         TEXT NOT NULL,
    is_current      BOOLEAN NOT NULL DEFAULT TRUE,
    logged_at       TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE INDEX ingest_log_ref ON ingest_log (ref);
