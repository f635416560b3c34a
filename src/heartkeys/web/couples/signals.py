from django.dispatch import Signal

#: Sent after someone joins or leaves a couple space, with ``couple``, ``user`` and ``change``
#: ("joined" or "left"). Coaching ends its links and privacy takes back shared items on it, so
#: this app needs to know nothing about them.
membership_changed = Signal()
