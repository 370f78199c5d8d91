"""The office's details and the wordmark, read from ``resources/branding``.

Both are data, not code, so the office can change a phone number or the
mark's colours without a new release.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from almere_missions.documents.fonts import draw_text, text_width
from almere_missions.errors import InvalidInput
from almere_missions.fileio import read_json
from almere_missions.paths import RESOURCES
from almere_missions.text import Text, pick

BRANDING = RESOURCES / "branding"
SETTINGS_FILE = BRANDING / "settings.json"
WORDMARK_FILE = BRANDING / "wordmark.json"


@dataclass(frozen=True)
class OfficeSettings:
    municipality: Text
    office: Text
    address: str
    office_phone: str
    office_email: str | None
    emergency_phone: str
    emergency_note: Text


def _read_json(path: Path) -> dict:
    data = read_json(path)
    if not isinstance(data, dict):
        raise InvalidInput("expected a JSON object", file=str(path))
    return data


@cache
def settings(path: Path = SETTINGS_FILE) -> OfficeSettings:
    data = _read_json(path)
    values = {}
    for name in ("municipality", "office", "address", "office_phone", "emergency_phone"):
        value = data.get(name)
        if not value or not isinstance(value, str | dict):
            raise InvalidInput("required, a text", file=str(path), field=name)
        values[name] = value
    values["office_email"] = data.get("office_email") or None
    values["emergency_note"] = data.get("emergency_note") or ""
    return OfficeSettings(**values)


@cache
def wordmark_data(path: Path = WORDMARK_FILE) -> dict:
    data = _read_json(path)
    colours = data.get("colours") or {}
    for i, shape in enumerate(data.get("shapes") or ()):
        if shape.get("fill") not in colours:
            raise InvalidInput(f"colour {shape.get('fill')!r} is not among the colours",
                               file=str(path), record=f"shapes[{i}]", field="fill")
        if len(shape.get("points") or ()) < 3:
            raise InvalidInput("a shape needs at least three points", file=str(path),
                               record=f"shapes[{i}]", field="points")
    return data


class Wordmark(Flowable):
    """The mark (vector shapes) with the municipality's name beside it."""

    def __init__(self, height: float, lang: str = "en"):
        super().__init__()
        self.mark_height = height
        self.lang = lang
        self.data = wordmark_data()
        self.name = pick(settings().municipality, lang)

    def _text_size(self) -> float:
        return self.mark_height * self.data.get("text", {}).get("size", 0.6)

    def wrap(self, avail_width, avail_height):
        h = self.mark_height
        gap = self.data.get("text", {}).get("gap", 0.3) * h
        self.width = 0.86 * h + gap + text_width(self.name, self._text_size(), bold=True)
        self.height = h
        return self.width, self.height

    def draw(self):
        draw_wordmark(self.canv, 0, 0, self.mark_height, self.name, self.data)


def draw_wordmark(canvas, x: float, y: float, height: float, name: str | None = None,
                  data: dict | None = None) -> None:
    data = data or wordmark_data()
    colours = {k: HexColor(v) for k, v in data["colours"].items()}
    canvas.saveState()
    width = 0.0
    for shape in data["shapes"]:
        pts = [(x + px * height, y + py * height) for px, py in shape["points"]]
        width = max(width, *(p[0] - x for p in pts))
        path = canvas.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        path.close()
        canvas.setFillColor(colours[shape["fill"]])
        canvas.drawPath(path, stroke=0, fill=1)
    if name:
        text = data.get("text", {})
        canvas.setFillColor(colours.get(text.get("colour", "ink"), HexColor("#000000")))
        size = height * text.get("size", 0.6)
        draw_text(canvas, x + width + text.get("gap", 0.3) * height, y + 0.18 * height, name,
                  size, bold=True)
    canvas.restoreState()
