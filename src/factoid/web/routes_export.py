"""``/export/{fmt}``: any registry format as a download, for everyone or one person (``?person=``).

The same exporters as ``factoid export``, over the workspace's cached read-model snapshot; a
several-file format (csv) comes as a zip. The Export menu (``_export_menu.html``, included
by the people list and the dossier) lists the registry, so a new format appears by itself.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from factoid import exporters
from factoid.exporters.sinks import zip_bytes
from factoid.exporters.view import read_documents, read_languages, read_page_spans, view_from_snapshot
from factoid.web.deps import Conn, Snap
from factoid.web.templating import templates

router = APIRouter(include_in_schema=False)
templates.env.globals["export_formats"] = exporters.FORMATS


def _filename(fmt: exporters.Format, person_id: str | None) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", (person_id or "").removeprefix("person/").lower()).strip("-")
    suffix = ".zip" if fmt.multi else fmt.suffix
    return f"factoid{'-' + slug if slug else ''}{suffix}"


@router.get("/export/{fmt}")
def export(fmt: str, conn: Conn, snap: Snap,
           person: Annotated[str | None, Query(max_length=300)] = None,
           include_comments: bool = False, include_deprecated: bool = False) -> Response:
    spec = exporters.get(fmt)  # an unknown format: 422 naming the known ones
    pid = snap.person(person).id if person else None  # an unknown person: 404
    options = exporters.ExportOptions(person=pid, include_comments=include_comments,
                                      include_deprecated=include_deprecated)
    view = view_from_snapshot(snap, read_documents(conn), read_languages(conn), options)
    view.page_spans = read_page_spans(conn, view.lines)
    sink = exporters.MemorySink()
    report = exporters.run(fmt, view, sink, options)
    if spec.multi:
        body, media = zip_bytes(sink.files), "application/zip"
    else:
        body, media = "".join(sink.files.values()).encode("utf-8"), f"{spec.media_type}; charset=utf-8"
    # what the format had to leave out (unmapped Wikidata items ...): counted, as `factoid export` lists it
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{_filename(spec, pid)}"',
                             "X-Factoid-Left-Out": str(len(report.skipped))})
