"""Services: what the command line and the desktop program call.

Every service takes a unit of work and returns plain data (dataclasses),
never live ORM objects.
"""
