"""factoid: a cited, reconciled knowledge base of what sources say about historical people."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
