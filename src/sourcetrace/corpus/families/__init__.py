"""Syndicated-copy families: the same story reprinted, trimmed, topped with a local paragraph or lightly edited.

`find_families(records)` groups (ref, text, outlet, published) records; see `families.py`.
"""
from sourcetrace.corpus.families.families import Record, find_families

__all__ = ["Record", "find_families"]
