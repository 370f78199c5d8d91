"""Travel approval: assessment, the approval chain with four-eyes, approval bound to content.

- ``assessment``: principles, budget, CO2 (``co2``), against the framework in force
- ``rules``: the approval chain from ``resources/approval/rules.json``
- ``workflow``: submit, approve, reject, send back, cancel, complete, status
- ``content``: the material content an approval is bound to (defined there only)
- ``binding``: the commit hook that reopens an approval after a material change
- ``delegation``: an approver's authority handed to a substitute for a period
- ``file``: the approval file's data; ``record``: approvals in an export's record
"""
