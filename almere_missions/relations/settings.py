"""Settings of the relations registers from ``resources/relations/settings.json``: the gift
threshold (EUR) and how long before an agreement's end it is flagged. Another file can be
given by ``ALMERE_MISSIONS_RELATIONS_SETTINGS``, the way the planning settings are kept."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from almere_missions.errors import InvalidInput
from almere_missions.paths import RESOURCES

DEFAULT = RESOURCES / "relations" / "settings.json"
ENV = "ALMERE_MISSIONS_RELATIONS_SETTINGS"
DEFAULT_THRESHOLD = Decimal("50.00")
DEFAULT_REMINDER_DAYS = 90


@dataclass(frozen=True)
class Settings:
    #: a gift received above this value needs a decision before the mission is completed
    gift_threshold_eur: Decimal = DEFAULT_THRESHOLD
    #: an active agreement that ends within this many days gives a reminder
    agreement_reminder_days: int = DEFAULT_REMINDER_DAYS


def parse(doc: dict, file: str = "settings") -> Settings:
    if not isinstance(doc, dict):
        raise InvalidInput("expected a JSON object", file=file)
    raw = doc.get("gift_threshold_eur", str(DEFAULT_THRESHOLD))
    try:
        threshold = Decimal(str(raw)) if not isinstance(raw, float) else None
    except InvalidOperation:
        threshold = None
    if threshold is None or not threshold.is_finite() or threshold < 0:
        raise InvalidInput(f"{raw!r} is not an amount such as \"50.00\"", file=file,
                           field="gift_threshold_eur")
    days = doc.get("agreement_reminder_days", DEFAULT_REMINDER_DAYS)
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 3650:
        raise InvalidInput(f"{days!r} is not a number of days from 0 to 3650", file=file,
                           field="agreement_reminder_days")
    return Settings(threshold.quantize(Decimal("0.01")), days)


@cache
def load(path: str | None = None) -> Settings:
    file = Path(path or os.environ.get(ENV) or DEFAULT)
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=str(file)) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"not valid JSON: {exc.msg} at line {exc.lineno}",
                           file=str(file)) from None
    return parse(doc, str(file))
