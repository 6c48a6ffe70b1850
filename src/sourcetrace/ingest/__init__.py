"""Ingest: turn files, directories, standard input or HTML into article text."""
from .read import Article, InputError, expand_inputs, read_bytes, read_input

__all__ = ["Article", "InputError", "expand_inputs", "read_bytes", "read_input"]
