"""Exchange files (contract: exchange-format.md): import all or nothing, and export."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from almere_missions import permissions as p
from almere_missions.app import Caller, Progress, no_progress, run_write
from almere_missions.exchange import export as exporter
from almere_missions.exchange import importer
from almere_missions.exchange.importer import ImportResult


def import_file(caller: Caller, path: str | Path,
                progress: Progress = no_progress) -> ImportResult:
    """Validate the whole file, then write it in one transaction (cancelled: nothing stored)."""
    return run_write(caller, p.EXCHANGE_IMPORT, importer.import_file, Path(path), progress=progress)


def import_document(caller: Caller, raw: Any, file: str,
                    progress: Progress = no_progress) -> ImportResult:
    """The same for a parsed document; ``file`` names it in error messages."""
    return run_write(caller, p.EXCHANGE_IMPORT, importer.import_document, raw, file,
                     progress=progress)


def export_file(caller: Caller, path: str | Path, refs: Iterable[str] | None = None,
                progress: Progress = no_progress) -> dict[str, int]:
    """Write the missions ``refs`` (all when None) as an exchange file, atomically.

    Returns the counts: ``{"missions", "items", "persons", "venues"}``.
    """
    with caller.read() as uow:
        p.require(uow, p.EXCHANGE_EXPORT)
        progress(0, 2, "")
        counts = exporter.export_file(uow, Path(path), list(refs) if refs else None,
                                      progress=progress)
    progress(2, 2, "")
    return counts
