"""Almere Missions: the Qt-free core.

Everything here is usable from the command line, tests and a future server;
the desktop program in ``ui/`` is the only place that imports PySide6.
"""

__version__ = "0.1.0"
