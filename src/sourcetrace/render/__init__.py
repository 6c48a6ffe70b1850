"""Renderers: thin views over an `Analysis`."""
