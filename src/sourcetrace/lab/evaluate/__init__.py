"""Evaluation against PolNeAR-style gold: brat reading, scoring, the `eval` command.

Modules, one concern each: `brat` (reading), `spans` (normalisation, tokens),
`match` (one-to-one matching), `counts` (tallies), `score` (one document),
`cofenet` (sentence filter), `speaker` (direct-quote speaker accuracy),
`corpus` (grouping, averaging, the JSON summary), `convert` (Analysis →
offsets) and `cli` (`run_eval`).
"""
