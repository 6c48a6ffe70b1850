-- What the web app's read cache checks (apps/web/cache.py): one row per committed write
-- transaction, so the count changes with every write. Rows are only ever added: concurrent
-- DuckDB transactions may all append, where updating one counter row would conflict.
CREATE TABLE store_changes (changed_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
