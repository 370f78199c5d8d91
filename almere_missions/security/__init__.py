"""The security check of a mission: travel advice, the state-actor risk register,
sanctions lists and screening, and the security checklist.

Entry point for the approval workflow: :func:`almere_missions.security.status.security_status`.
"""
