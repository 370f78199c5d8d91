"""The editor's tabs, in order. A new tab is one module with a class like these, added here.

A tab is a QWidget built with the editor (``cls(editor)``) that has ``key``
(its name), ``keys`` (the draft fields it shows, to refresh on change),
``title()``, ``retranslate()`` and ``refresh()`` (show ``editor.view`` and
``editor.draft``).
"""

from __future__ import annotations

from ui.editor.approval import ApprovalTab
from ui.editor.assessment import AssessmentTab
from ui.editor.costs import CostsTab
from ui.editor.delegation import DelegationTab
from ui.editor.followup import FollowUpTab
from ui.editor.logistics import LogisticsTab
from ui.editor.outputs import OutputsTab
from ui.editor.overview import OverviewTab
from ui.editor.programme import ProgrammeTab
from ui.editor.security import SecurityTab

TABS: list[type] = [OverviewTab, DelegationTab, ProgrammeTab, CostsTab, AssessmentTab,
                    SecurityTab, LogisticsTab, ApprovalTab, OutputsTab, FollowUpTab]
