"""The corpus layer's errors: each message is one line a person can act on."""


class CorpusError(Exception):
    """A corpus command cannot go on (a missing engine mode, a bad option)."""


class StoreError(CorpusError):
    """The database cannot be opened, is locked, unreachable, or refused a write."""
