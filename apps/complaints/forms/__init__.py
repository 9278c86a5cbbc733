"""The complaints register's forms: the staff's (register.py); each page family keeps
its forms beside the others'."""
