"""The web workspace: ``factoid serve`` (read-only pages and a JSON API over one knowledge base)."""
