"""Checks of printed documents with independent tools (poppler, qpdf), and held-out data:
names in Japanese, Korean, Greek, Cyrillic, Polish, Turkish and other scripts."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from almere_missions.timeutil import local_to_utc
from almere_missions.views import (
    ItemView,
    MissionView,
    ParticipantView,
    PersonView,
    Snapshot,
    VenueView,
)

TOOLS = ("pdftotext", "pdffonts", "pdftoppm", "qpdf")


def need_tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"missing PDF checkers {missing}: run scripts/setup.sh --tests")


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def squeezed(text: str) -> str:
    """Without any white space, so that names wrapped over lines still match."""
    return re.sub(r"\s+", "", text)


def assert_contains_all(path: Path, needles) -> str:
    text = text_of(path)
    flat = squeezed(text)
    missing = [n for n in needles if squeezed(n) not in flat]
    assert not missing, f"not in the PDF text: {missing}"
    return text


def fonts_of(path: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) for every font of the file, from pdffonts."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                         text=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen: 'emb' is the 5th field from the end.
        rows.append((parts[0], parts[-5]))
    return rows


def assert_fonts_embedded(path: Path) -> list[str]:
    fonts = fonts_of(path)
    assert fonts, "no fonts at all"
    bad = [name for name, emb in fonts if emb != "yes"]
    assert not bad, f"fonts not embedded: {bad}"
    assert not any("Helvetica" in n or "Times" in n or "Courier" in n for n, _ in fonts)
    return [n for n, _ in fonts]


def assert_qpdf_clean(path: Path) -> None:
    done = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def render(path: Path, out_dir: Path, pages: int = 1) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", str(pages), str(path),
                    str(out_dir / "page")], check=True, capture_output=True)
    images = sorted(out_dir.glob("page*.png"))
    assert images and all(p.stat().st_size > 1000 for p in images)
    return images


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def check_pdf(path: Path, tmp_path: Path, needles=()) -> str:
    """Every check a printed document must pass; returns its text."""
    need_tools()
    assert path.read_bytes().startswith(b"%PDF-")
    assert_qpdf_clean(path)
    assert_fonts_embedded(path)
    out = tmp_path / f"render-{path.stem}"
    out.mkdir(exist_ok=True)
    render(path, out)
    return assert_contains_all(path, needles)


# --- held-out data ------------------------------------------------------------------------------

WORLD_PEOPLE = [
    PersonView("jp-1", "山田 太郎", "Yamada Tarō", "横浜市役所 (City of Yokohama)", "副市長",
               nationality=("JP",)),
    PersonView("kr-1", "김민준", "Kim Min-jun", "서울특별시 (Seoul Metropolitan Government)",
               "국제협력관", nationality=("KR",)),
    PersonView("gr-1", "Αλέξανδρος Παπαδόπουλος", "Alexandros Papadopoulos",
               "Δήμος Θεσσαλονίκης", "Αντιδήμαρχος", nationality=("GR",)),
    PersonView("ua-1", "Олена Шевченко", "Olena Shevchenko", "Київська міська рада",
               "Заступниця голови", nationality=("UA",)),
    PersonView("pl-1", "Łukasz Żółkiewski-Wiśniewski", None, "Urząd Miasta Łodzi",
               "Dyrektor Biura Współpracy Międzynarodowej", nationality=("PL",)),
    PersonView("tr-1", "Ayşe Gül Yılmaz-Öztürk", None, "İstanbul Büyükşehir Belediyesi",
               "Dış İlişkiler Müdürü", nationality=("TR",)),
    PersonView("cn-1", "王小明", "Wang Xiaoming", "深圳市人民政府", "处长", nationality=("CN",)),
    PersonView("de-1", "Jürgen Großmann", None, "Stadt Köln", "Referent", nationality=("DE",)),
    PersonView("nl-1", "IJsbrand van der Ĳssel", None, "Gemeente Almere",
               "wethouder", nationality=("NL",), staff=True),
    PersonView("no-1", "Øystein Ødegård", None, "Oslo kommune", "rådgiver",
               nationality=("NO",), phone="+47 22 00 00 00", staff=True),
]

WORLD_NAMES = [p.name for p in WORLD_PEOPLE] + [p.latin_name for p in WORLD_PEOPLE if p.latin_name]

VENUES = {
    "stadhuis": VenueView("stadhuis", {"nl": "Stadhuis Almere", "en": "Almere City Hall"}, "NL",
                          "Europe/Amsterdam", "Stadhuisplein 1, 1315 HR", "Almere"),
    "schiphol": VenueView("schiphol", "Amsterdam Airport Schiphol", "NL", "Europe/Amsterdam",
                          None, "Haarlemmermeer"),
    "yokohama": VenueView("yokohama", {"en": "Yokohama City Hall", "ja": "横浜市庁舎"}, "JP",
                          "Asia/Tokyo", "6-50-10 Honchō, Naka-ku, Yokohama, Kanagawa 231-0005 " * 3,
                          "横浜市"),
}


def _at(day: str, hm: str, tz: str = "Europe/Amsterdam") -> datetime:
    return local_to_utc(datetime.fromisoformat(f"{day}T{hm}"), tz)


def world_mission(*, items=None, ref="FLO-2022-WLD", description_words: int = 40) -> MissionView:
    long_text = " ".join(["Ørestad Łódź İzmir Ĳssel 東京 서울 Αθήνα Киев"] * description_words)
    if items is None:
        items = (
            ItemView("w-welcome", "reception", {"en": "Welcome at City Hall", "nl": "Ontvangst"},
                     _at("2022-05-10", "09:30"), _at("2022-05-10", "10:30"),
                     "Europe/Amsterdam", venue="stadhuis", status="confirmed",
                     description={"en": long_text}, notes="Protocol gift: Almere atlas"),
            ItemView("w-internal", "meeting", "Pre-briefing hosts", _at("2022-05-10", "08:30"),
                     _at("2022-05-10", "09:00"), "Europe/Amsterdam", venue="stadhuis",
                     public=False, participants=("nl-1", "no-1")),
            ItemView("w-cancel", "visit", "Cancelled harbour tour", _at("2022-05-10", "14:00"),
                     _at("2022-05-10", "15:00"), "Europe/Amsterdam", status="cancelled"),
            ItemView("w-flight", "travel", {"en": "Flight Amsterdam → Tokyo"},
                     _at("2022-05-11", "11:00"), _at("2022-05-12", "06:10", "Asia/Tokyo"),
                     "Europe/Amsterdam", end_timezone="Asia/Tokyo", venue="schiphol",
                     to_venue="yokohama", status="confirmed"),
            ItemView("w-yokohama", "meeting", {"en": "Meeting the deputy mayor", "ja": "副市長との会談"},
                     _at("2022-05-12", "14:00", "Asia/Tokyo"), _at("2022-05-12", "15:30", "Asia/Tokyo"),
                     "Asia/Tokyo", venue="yokohama", status="tentative"),
            ItemView("w-expo", "visit", "Floriade days", _at("2022-05-13", "00:00"),
                     _at("2022-05-15", "00:00"), "Europe/Amsterdam", all_day=True),
        )
    roles = ["delegation_leader"] + ["delegation_member"] * 7 + ["host", "staff"]
    return MissionView(
        ref=ref, direction="incoming",
        title={"en": "World delegations at Floriade", "nl": "Wereldwijde delegaties op de Floriade",
               "ja": "フロリアードの世界代表団", "ko": "플로리아드 세계 대표단"},
        start=date(2022, 5, 10), end=date(2022, 5, 14), timezone="Europe/Amsterdam",
        countries=("JP", "KR", "GR", "UA", "PL", "TR", "CN"),
        counterpart="Network of Expo Cities — 世博城市网络 — 세계박람회 도시 네트워크",
        participants=tuple(ParticipantView(p.ref, r) for p, r in zip(WORLD_PEOPLE, roles,
                                                                      strict=True)),
        items=tuple(items), created_at=datetime(2022, 1, 1, tzinfo=UTC))


def world_snapshot(**kw) -> Snapshot:
    mission = world_mission(**kw)
    return Snapshot(missions=[mission], persons={p.ref: p for p in WORLD_PEOPLE},
                    venues=dict(VENUES))
