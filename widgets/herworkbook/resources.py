"""Read the course's data files, wherever the package is installed."""

from importlib.resources import files
from importlib.resources.abc import Traversable

CONTENT = files("herworkbook") / "content"


def content_file(*parts: str) -> Traversable:
    """Return a file under ``herworkbook/content`` (it may not exist)."""
    path = CONTENT
    for part in parts:
        path = path / part
    return path
