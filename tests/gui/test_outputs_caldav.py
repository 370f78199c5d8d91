"""Publishing a mission from the outputs tab to a real CalDAV server (Radicale); the
password goes to the keyring, never into the settings file."""

from __future__ import annotations

import caldav
import pytest

from tests.e2e.conftest import radicale  # noqa: F401 - the server fixture

REF = "FLO-2022-TPE"


@pytest.fixture
def outputs(example_ctx, settings, qtbot, idle):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.editor.window import MissionEditor

    class Host(QWidget):  # stands in for the main window, which holds the settings
        pass

    host = Host()
    host.settings = settings
    ed = MissionEditor(example_ctx, REF, host)
    QVBoxLayout(host).addWidget(ed)
    qtbot.addWidget(host)
    host.show()
    ed.load()
    idle(example_ctx)
    page = ed.page("outputs")
    page.keep_host = host  # the test holds the tab; the tab holds its window
    return page


def test_publish_to_radicale_and_remember_the_password_in_the_keyring(
        outputs, example_ctx, idle, qtbot, radicale, settings, monkeypatch):  # noqa: F811
    from almere_missions.calendars import credentials

    kept = {}
    monkeypatch.setattr(credentials, "store",
                        lambda url, user, pw: kept.update({(url, user): pw}))
    outputs.url.setText(radicale)
    outputs.calendar.setText("Floriade visits")
    outputs.username.setText("iz")
    outputs.password.setText("s3cret-pw")
    outputs.remember.setChecked(True)
    outputs.audience.setCurrentIndex(outputs.audience.findData("internal"))
    results = []
    assert outputs.publish(results.append) is not None
    assert outputs.password.text() == ""  # not kept on screen either
    idle(example_ctx)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert len(results[0].created) == 5 and "5 new" in outputs.status.text()
    assert kept == {(radicale, "iz"): "s3cret-pw"}
    store = settings.store
    store.sync()
    values = {k: str(store.value(k)) for k in store.allKeys()}
    assert values["caldav/url"] == radicale and values["caldav/user"] == "iz"
    assert not any("s3cret" in v for v in values.values())
    # on the server: one event per item
    client = caldav.DAVClient(radicale, username="iz", password="s3cret-pw",
                              enable_rfc6764=False)
    cal = next(c for c in client.principal().calendars()
               if c.get_display_name() == "Floriade visits")
    assert len(cal.events()) == 5


def test_a_cancelled_publication_stores_nothing_and_the_next_goes_through(
        outputs, example_ctx, idle, qtbot, radicale):  # noqa: F811
    from sqlalchemy import func, select

    from almere_missions.db.models_calendars import CalendarExportState, CalendarPublication

    outputs.url.setText(radicale)
    outputs.calendar.setText("Floriade visits")
    outputs.username.setText("iz")
    outputs.password.setText("pw")
    outputs.audience.setCurrentIndex(outputs.audience.findData("internal"))
    results = []
    handle = outputs.publish(results.append)
    handle.cancel()  # its process is still starting
    idle(example_ctx)
    assert results == [] and "publish again" in outputs.status.text()
    with example_ctx.db.unit_of_work(example_ctx.user, write=False) as uow:
        for table in (CalendarPublication, CalendarExportState):
            assert uow.session.scalar(select(func.count()).select_from(table)) == 0
    outputs.password.setText("pw")
    assert outputs.publish(results.append) is not None
    idle(example_ctx)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert len(results[0].created) == 5
