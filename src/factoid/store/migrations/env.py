"""Alembic environment: runs migrations on the connection factoid hands over.

factoid calls Alembic programmatically (``factoid.store.db.migrate``) with an open connection
in ``config.attributes["connection"]``; running ``alembic`` from a shell is supported too, with
``sqlalchemy.url`` set in the config.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from factoid.store.schema import metadata

config = context.config


def run_migrations_online() -> None:
    """Migrate over the given connection, or over a fresh engine built from the config."""
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(config.get_section(config.config_ini_section) or {}, poolclass=pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("factoid migrations run online only")
run_migrations_online()
