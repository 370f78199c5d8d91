"""Printed documents: visitor programme, delegation list, badges, season book, change notice.

All made with :mod:`almere_missions.documents.toolkit`.
"""
