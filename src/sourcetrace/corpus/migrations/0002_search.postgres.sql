-- PostgreSQL keeps its full-text index current by itself; DuckDB's is built by corpus.fts after ingest.
ALTER TABLE articles ADD COLUMN tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX claims_tsv ON claims USING GIN (tsv);
