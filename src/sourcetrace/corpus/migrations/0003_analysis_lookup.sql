-- Finding a text's analysis by its hash: DuckDB does not look up through the three-column unique
-- index, and a scan of 20,000 analyses costs about 20 ms per stored article.
CREATE INDEX analyses_text_hash ON analyses (text_hash);
