"""A real X display (Xvfb): find a program's top-level window, screenshot it, close it
as a window manager would (WM_DELETE_WINDOW), so the program shuts down by itself."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from Xlib import X, display
from Xlib.protocol import event


def _windows(d, win):
    yield win
    for child in win.query_tree().children:
        yield from _windows(d, child)


def find(d, title: str):
    for win in _windows(d, d.screen().root):
        try:
            name = win.get_wm_name()
            mapped = win.get_attributes().map_state == X.IsViewable
        except Exception:  # a window that went away while we looked
            continue
        if mapped and isinstance(name, str | bytes) and title in str(name):
            return win
    return None


def wait_for(d, title: str, timeout: float, alive=lambda: True):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        win = find(d, title)
        if win is not None:
            return win
        assert alive(), "the program ended before its window showed"
        time.sleep(0.05)
    raise AssertionError(f"no window titled {title!r} in {timeout} s")


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
