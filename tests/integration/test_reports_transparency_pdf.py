"""The transparency list as a PDF for publication (documents toolkit), in Dutch and English."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.integration.reliability.season import load_season

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture
def season(db, tmp_path):
    load_season(db, tmp_path)
    return db


def _text(path) -> str:
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(raw.split())  # cells wrap inside their column


def test_dutch_pdf_of_the_board_trips(season, cli, tmp_path):
    out = tmp_path / "transparantie-2022.pdf"
    r = cli(season, "report", "transparency", "--year", "2022", "--lang", "nl", "--pdf", out)
    assert r.code == 0, r
    text = _text(out)
    assert "Buitenlandse reizen van het college, 2022" in text
    assert "Marieke de Vries (burgemeester)" in text
    assert "Pieter Jansen (Wethouder economie)" in text
    assert "Shenzhen (China)" in text
    assert "4.200,00" in text and "4.320,50" in text  # Dutch notation, and the total
    assert "US$" in text or "USD" in text
    assert "IN-TPE" not in text and "Jeroen Bakker" not in text  # not the board's, not trips
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


def test_english_pdf_and_an_empty_year(season, uow, tmp_path):
    from almere_missions.reports.transparency_pdf import transparency_pdf

    with uow(write=False) as u:
        pages = transparency_pdf(u, 2022, tmp_path / "en.pdf", "en")
        assert transparency_pdf(u, 2019, tmp_path / "empty.pdf", "en") == 1
    assert pages == 1
    assert "Trips abroad of the executive board, 2022" in _text(tmp_path / "en.pdf")
    assert "No trips abroad" in _text(tmp_path / "empty.pdf")
