"""A real X display (Xvfb): find a program's top-level window, screenshot it, close it
as a window manager would (WM_DELETE_WINDOW), so the program shuts down by itself."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from Xlib import X, display
from Xlib.protocol import event


def find(d, wm_class: str):
    """The program's mapped top-level window, known by its WM_CLASS (Qt: the application name)."""
    for win in d.screen().root.query_tree().children:
        try:
            classes = win.get_wm_class() or ()
            attrs = win.get_attributes()
            geometry = win.get_geometry()
        except Exception:  # a window that went away while we looked
            continue
        if wm_class in classes and attrs.map_state == X.IsViewable and geometry.width > 100:
            return win
    return None


def wait_for(d, wm_class: str, timeout: float, alive=lambda: True):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        win = find(d, wm_class)
        if win is not None:
            return win
        assert alive(), "the program ended before its window showed"
        time.sleep(0.05)
    raise AssertionError(f"no window of class {wm_class!r} in {timeout} s")


def screenshot(display_name: str, out: Path) -> Path:
    subprocess.run(["import", "-display", display_name, "-window", "root", str(out)], check=True,
                   timeout=60)
    return out


def close(d, win) -> None:
    protocols = d.intern_atom("WM_PROTOCOLS")
    delete = d.intern_atom("WM_DELETE_WINDOW")
    msg = event.ClientMessage(window=win, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
    win.send_event(msg, event_mask=X.NoEventMask)
    d.flush()


def connect(display_name: str):
    return display.Display(display_name)
