-- DuckDB's full-text index is a snapshot that corpus/fts.py builds after ingest; this row says
-- what the articles and claims looked like when it was built, so a search can tell it is stale.
CREATE TABLE search_index_state (mark TEXT NOT NULL);
