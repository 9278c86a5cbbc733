"""The complaints register's pages: the staff's register (register.py), escalations and
referral letters (escalations.py), the kiosk's "report an agent" (kiosk.py) and the
public status check (public.py)."""
