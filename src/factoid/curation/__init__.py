"""Curation: a researcher's decisions, kept apart from everything a build derives.

Decisions live in an append-only table that no build touches (``store.reads.decisions``,
``store.writes.add_decision``); every build folds them into an effective state
(:mod:`factoid.curation.decisions`), re-anchors them on the current document texts
(:mod:`factoid.curation.anchor`) and applies them: must-link and cannot-link pairs for
resolution (``factoid.resolve.Links``), ranks and preferences for reconciliation
(:mod:`factoid.curation.apply`). Keys derived from content (:mod:`factoid.curation.keys`)
and person ids that persist across builds (:mod:`factoid.curation.ids`) are what decisions
and URLs point at; :mod:`factoid.curation.review` ranks what deserves a human look.

Every module here is pure (no database access) except :mod:`factoid.curation.workflow`, the
half of ``factoid.api`` that reads and writes the store for them.
"""
