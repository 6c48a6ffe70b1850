"""Ingest: untrusted input (files, folders, JSON Lines, WARC, URLs, standard input) to `Article`s.

Every reader ends each input item as exactly one `Article` or one `ArticleError`;
`iter_inputs` is the one entry point for batches, `read_input` the single-input one.
"""
from .decode import clean_text, decode_bytes
from .errors import InputError
from .language import detect_language, is_english
from .read import expand_inputs, read_bytes, read_input
from .sources import apply_overrides, iter_inputs, override_meta
from .urls import iter_url_list, read_url

__all__ = ["InputError", "apply_overrides", "clean_text", "decode_bytes", "detect_language", "expand_inputs",
           "is_english", "iter_inputs", "iter_url_list", "override_meta", "read_bytes", "read_input", "read_url"]
