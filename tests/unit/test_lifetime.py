"""Helper processes end with their parent: the kernel's signal, and the portable watch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kills with SIGKILL")

#: a parent that starts one helper from a thread that ends at once, prints the
#: helper's pid once the thread is gone and the helper still lives, then waits
PARENT = textwrap.dedent("""
    import multiprocessing, sys, threading, time
    from almere_missions import lifetime

    def helper(pdeathsig):
        if not pdeathsig:
            lifetime._set_pdeathsig = lambda: None  # only the portable watch is left
        lifetime.watch_parent()
        time.sleep(300)

    if __name__ == "__main__":
        pdeathsig = sys.argv[1] == "yes"
        p = multiprocessing.get_context("spawn").Process(target=helper, args=(pdeathsig,))
        t = threading.Thread(target=lambda: lifetime.start(p))
        t.start()
        t.join()
        time.sleep(1.0)  # the thread that asked for the start is gone
        print(p.pid if p.is_alive() else "DIED", flush=True)
        time.sleep(300)
""")


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state == "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("pdeathsig", ["yes", "no"], ids=["pdeathsig", "portable-watch"])
def test_a_helper_ends_when_its_parent_is_killed(tmp_path, pdeathsig):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(script), pdeathsig], env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        line = parent.stdout.readline().strip()
        assert line.isdigit(), f"the helper did not outlive the thread that started it: {line}"
        helper = int(line)
        assert not _gone(helper)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while not _gone(helper) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(helper), "the helper outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(10)
        parent.stdout.close()


def test_recovery_drafts_round_trip_and_unreadable_ones_are_set_aside():
    from datetime import date
    from decimal import Decimal

    from almere_missions import recovery
    from almere_missions.views import CostView
    from ui.editor.draft import Draft

    draft = Draft(title={"nl": "Taipei", "en": "Taipei"}, purpose=None, start=date(2022, 5, 2),
                  end=date(2022, 5, 6), timezone="Asia/Taipei", countries=("TW",), cities=(),
                  counterpart="Taipei City", themes=("economy",), goals=(), lead_department=None,
                  participants=(("p-1", "lead"),),
                  costs=(CostView("Flights", Decimal("1234.50"), "EUR", None),))
    base = draft.with_("counterpart", None)
    url, user = "sqlite:////tmp/one.sqlite", "iz-officer"
    path = recovery.store(url, user, "FLO-2022-TPE", 3, base.to_data(), draft.to_data())
    (kept,) = recovery.pending(url, user)
    assert Draft.from_data(kept["draft"]) == draft and Draft.from_data(kept["base"]) == base
    assert Draft.from_data(kept["draft"]).changed_keys(Draft.from_data(kept["base"])) == [
        "counterpart"]
    assert recovery.pending("sqlite:////tmp/other.sqlite", user) == []  # per database

    path.write_text("{ not json")
    assert recovery.pending(url, user) == []
    assert path.with_suffix(".unreadable").exists()  # set aside, not deleted
    with pytest.raises(ValueError, match="start"):
        Draft.from_data({**draft.to_data(), "start": "2 May"})
