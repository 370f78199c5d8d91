"""Building the product as a user gets it, and running it outside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def outside_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user on a fresh machine: nothing points into the repository."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "ALMERE_MISSIONS", "XDG_", "QT_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"))
    env.update(extra)
    return env


def run(cmd, *, cwd: Path, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, f"{cmd} exited {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def build_dists(outdir: Path) -> tuple[Path, Path]:
    """``python -m build``: the sdist, and the wheel built from it."""
    run([sys.executable, "-m", "build", "--outdir", outdir, ROOT], cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    (wheel,) = outdir.glob("almere_missions-*.whl")
    (sdist,) = outdir.glob("almere_missions-*.tar.gz")
    return wheel, sdist


def fresh_venv(path: Path, wheel: Path, env: dict[str, str]) -> tuple[Path, float]:
    """A new virtual environment with the wheel and its dependencies from the index."""
    run([sys.executable, "-m", "venv", path], cwd=path.parent, env=env)
    bindir = path / ("Scripts" if os.name == "nt" else "bin")
    start = time.perf_counter()
    run([bindir / "python", "-m", "pip", "install", "-q", wheel], cwd=path.parent, env=env,
        timeout=1800)
    return bindir, time.perf_counter() - start
