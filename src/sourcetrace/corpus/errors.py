"""The corpus layer's one error type: its message is one line a person can act on."""


class StoreError(Exception):
    """The database cannot be opened, is locked, unreachable, or refused a write."""
