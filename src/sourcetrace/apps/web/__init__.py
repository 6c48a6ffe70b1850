"""The team web app: FastAPI pages and REST API over the corpus store (`create_app`)."""
from .app import create_app
from .config import WebConfig

__all__ = ["WebConfig", "create_app"]
