"""Visit logistics: hotel rooms, transport, interpreters, needs, precedence, invitations."""
