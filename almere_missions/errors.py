"""Errors the services raise, each with the command-line exit status it maps to.

Errors of the environment (disk full, database locked, server unreachable)
are kept apart from refusals by rule and from invalid input, so that the
command line and the desktop program can answer each in plain words.
"""

from __future__ import annotations


class MissionsError(Exception):
    """Base of the errors the product reports to a person."""

    exit_code = 1


class InvalidInput(MissionsError):
    """Input that does not follow the contract; names file, record and field."""

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, record: str | None = None,
                 field: str | None = None):
        self.file, self.record, self.field = file, record, field
        parts = [p for p in (file, record) if p]
        if field:
            parts.append(f"field {field}")
        where = ": ".join(parts)
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class Refused(MissionsError):
    """Refused by a rule: permission, four-eyes, workflow state."""

    exit_code = 3


class PermissionDenied(Refused):
    pass


class EditConflict(Refused):
    """Someone else saved the record since it was read; nothing was overwritten."""


class NotFound(MissionsError):
    exit_code = 2


class EnvironmentProblem(MissionsError):
    """The machine, not the input: database locked, disk full, server unreachable."""

    exit_code = 1


class SchemaTooNew(EnvironmentProblem):
    """The database was written by a newer version of the program."""


class Cancelled(Exception):
    """The person pressed Cancel: the work stops and what it had not committed is rolled back.

    Raised by a progress callback (``progress(done, total, text)``) that a use case calls
    between its steps; not a failure, so it carries no exit status of its own.
    """
