"""The small demo's data for each app (`manage.py seed_demo`), loaded in this order:
listings, counselling, orientation."""
