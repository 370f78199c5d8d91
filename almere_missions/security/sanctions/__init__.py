"""Sanctions lists: readers (recognised by content), provenance, stored versions."""
