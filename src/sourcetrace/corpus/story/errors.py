"""The story layer's one error: a message a person can act on."""
from sourcetrace.corpus.errors import CorpusError


class StoryError(CorpusError):
    """No such cluster, link or source; a review without a reviewer."""
