"""Screenshots of the editor's assessment, security, approval and outputs tabs, and of
the reports view, at 1280×800 (docs/screenshots/).

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots_panels.py [en|nl]

The demo season with the shared travel advice and sanctions sample; one mission
assessed, checked, screened and submitted, so every tab has something to show.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import settle  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DATA = ROOT.parent / "shared" / "data"
MISSION = "FLO-2022-003"


def prepare(db, user: str) -> None:
    from almere_missions.approval import assessment, workflow
    from almere_missions.exchange.importer import import_file
    from almere_missions.security import checklist, screening
    from almere_missions.security.advice import import_advice
    from almere_missions.security.risk import set_risk
    from almere_missions.security.sanctions.store import import_lists
    from almere_missions.services import users
    from ui.welcome import DEMO

    with db.unit_of_work(user) as uow:
        import_file(uow, DEMO)
        users.add(uow, user, ["officer", "security"])
        if (DATA / "travel-advice").is_dir():
            import_advice(uow, sorted((DATA / "travel-advice").glob("*.xml")))
            import_lists(uow, [DATA / "sanctions" / "eu_fsd_sample.xml"])
        uow.commit()
    with db.unit_of_work(user) as uow:
        from datetime import date

        set_risk(uow, "TW", "elevated", "Economic espionage reported in the sector.",
                 date(2022, 3, 1))
        mandatory = {p.code for p in assessment.get_assessment(uow, MISSION).principles
                     if p.mandatory}
        answers = [{"code": c, "answer": "complies",
                    "justification": "Fits the coalition agreement." if c in mandatory else ""}
                   for c in "abcdefghijkl"]
        answers[2] = {"code": "c", "answer": "concern",
                      "justification": "Air travel for part of the delegation."}
        assessment.record_assessment(uow, MISSION, {"principles": answers,
                                                    "budget_eur": "4000.00"})
        screening.screen_mission(uow, MISSION)
        items = checklist.checklist(uow, MISSION)
        checklist.record_security_assessment(uow, MISSION, {
            "checklist": {i.code: True for i in items}, "residual_risk": "medium",
            "mitigations": ["Security briefing for all hosts", "Clean laptops only"],
            "advice": "The visit can go ahead with the briefing."})
        uow.commit()
    with db.unit_of_work(user) as uow:
        for h in screening.hits(uow, MISSION):
            screening.decide_hit(uow, h.id, "false_positive", "Other date of birth")
        uow.commit()
    with db.unit_of_work(user) as uow:
        try:
            workflow.submit(uow, MISSION, "Ready for the approvers.")
            uow.commit()
        except Exception as exc:  # noqa: BLE001 - the screenshot shows the refusal then
            print("not submitted:", exc)


def main() -> int:
    from ui import i18n
    from ui.app import open_database
    from ui.context import AppContext
    from ui.mainwindow import MainWindow
    from ui.settings import Settings

    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    app = QApplication(sys.argv[:1])
    i18n.install(lang)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    db, user = open_database(f"sqlite:///{tmp / 'missions.sqlite'}", "iz-officer")
    prepare(db, user)
    ctx = AppContext(db, user)
    window = MainWindow(ctx, settings)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.start()
    window.show_workspace()
    settle(app, ctx)
    suffix = "" if lang == "en" else f"-{lang}"

    def shot(name: str) -> None:
        settle(app, ctx, 0.6)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    editor = window.open_mission(MISSION)
    settle(app, ctx)
    for key in ("assessment", "security", "approval"):
        editor.tabs.setCurrentWidget(editor.page(key))
        shot(f"editor-{key}")
    outputs = editor.page("outputs")
    editor.tabs.setCurrentWidget(outputs)
    settle(app, ctx)
    outputs.preview()
    shot("editor-outputs")
    reports = getattr(window, "show_reports", None)
    if reports is not None:
        view = reports()
        settle(app, ctx, 1.0)
        keys = [t.key for t in view.tables]
        view.list.setCurrentRow(keys.index("by_country") if "by_country" in keys else 1)
        settle(app, ctx, 1.0)
        shot("reports")
    window.close()
    ctx.runner.wait_idle()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
