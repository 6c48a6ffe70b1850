"""The corpus layer: many analyses in a database, and what links them across articles."""
