"""The city's relations: partners and agreements, what missions yielded, and gifts.

``records`` checks and writes the records (one shape for the use cases and the
exchange format), ``queries`` answers the questions asked of them (a partner's
history, the activity agenda, overdue actions, agreements about to lapse, the
gift register), ``settings`` holds the gift threshold and the reminder period.
"""
