"""The pieces of the Ray runner (`corpus.ray_runner`) that need no Ray: the shard files the
driver writes and the per-shard function the actors run. Nothing here imports Ray."""
