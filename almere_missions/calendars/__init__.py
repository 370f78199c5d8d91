"""Calendars: RFC 5545 exports (``ics``) and publishing to CalDAV servers (``caldav``)."""
