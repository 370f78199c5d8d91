"""Register the desktop program with a Linux desktop (freedesktop.org menus and icons).

``almere-missions-desktop --install-desktop-entry`` writes the shipped
``almere-missions.desktop`` into the user's applications folder, its Exec line
pointing at this installation, and the icon sizes into the hicolor icon theme.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from almere_missions import paths

NAME = "almere-missions"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command that opens this installation: the frozen program or the GUI script."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("almere-missions-desktop",
                         path=os.pathsep.join([str(Path(sys.executable).parent),
                                               os.environ.get("PATH", "")]))
    return [found] if found else [sys.executable, "-m", "ui.app"]


def _exec_line(args: list[str]) -> str:
    # the desktop entry spec's quoting: double quotes around an argument with spaces
    return " ".join(f'"{a}"' if any(c in a for c in ' \t"') else a for a in args)


def install(target: Path | None = None) -> Path:
    base = target or data_home()
    entry = (paths.RESOURCES / f"{NAME}.desktop").read_text("utf-8")
    command = _exec_line(launcher())
    entry = "\n".join(f"Exec={command}" if line.startswith("Exec=") else line
                      for line in entry.splitlines()) + "\n"
    apps = base / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    out = apps / f"{NAME}.desktop"
    out.write_text(entry, "utf-8")
    for size in ICON_SIZES:
        folder = base / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.RESOURCES / "icons" / f"{NAME}-{size}.png", folder / f"{NAME}.png")
    scalable = base / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(paths.RESOURCES / "icons" / f"{NAME}.svg", scalable / f"{NAME}.svg")
    return out
