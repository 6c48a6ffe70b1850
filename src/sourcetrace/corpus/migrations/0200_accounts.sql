-- The web app's accounts: users with roles, login sessions, API tokens (hashed at rest), and the
-- background ingest jobs. Who confirmed or rejected a claim link is kept on claim_links (0100).

CREATE SEQUENCE user_ids START 1;
CREATE TABLE users (
    id             BIGINT PRIMARY KEY DEFAULT nextval('user_ids'),
    name           TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,              -- viewer | reviewer | admin
    password_hash  TEXT NOT NULL,              -- argon2id
    created_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- A session's id is the sha256 of the cookie's value: a stolen database holds no usable cookie.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL,
    csrf        TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    expires_at  TIMESTAMP NOT NULL
);

CREATE SEQUENCE api_token_ids START 1;
CREATE TABLE api_tokens (
    id          BIGINT PRIMARY KEY DEFAULT nextval('api_token_ids'),
    user_id     BIGINT NOT NULL,
    label       TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,          -- sha256 of the token
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE ingest_job_ids START 1;
CREATE TABLE ingest_jobs (
    id          BIGINT PRIMARY KEY DEFAULT nextval('ingest_job_ids'),
    user_name   TEXT NOT NULL,
    label       TEXT NOT NULL,
    state       TEXT NOT NULL,                 -- queued | running | done | failed
    total       INTEGER,
    done        INTEGER NOT NULL DEFAULT 0,
    stored      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    messages    TEXT NOT NULL DEFAULT '[]',    -- JSON list of {ref, reason, message}
    created_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    finished_at TIMESTAMP
);
