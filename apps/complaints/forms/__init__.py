"""The complaints register's forms: the staff's (register.py), the kiosk's "report an
agent" (kiosk.py) and the public status check (public.py)."""
