"""Demo and benchmark data: the small demo, the national-size set and the bench's
fixture. It knows every app, so it sits above them all and nothing imports it."""
