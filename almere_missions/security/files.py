"""Importing a batch of files: all are read (and checked) before any is stored."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

R = TypeVar("R")
S = TypeVar("S")

Progress = Callable[[int, int, str], None]


def read_then_store(paths: Iterable[str | Path], read: Callable[[str | Path], R],
                    store: Callable[[R], S], stored_text: Callable[[R], str],
                    progress: Progress | None = None) -> list[S]:
    """``store`` each of what ``read`` made of ``paths``, once every file is read, so one
    bad file refuses the lot; ``progress`` counts the reads and the stores."""
    paths = list(paths)
    read_all = []
    for n, path in enumerate(paths, 1):
        read_all.append(read(path))
        if progress:
            progress(n, len(paths) * 2, f"read {path}")
    out = []
    for n, item in enumerate(read_all, 1):
        out.append(store(item))
        if progress:
            progress(len(paths) + n, len(paths) * 2, stored_text(item))
    return out
