"""Messages to the person about an appointment (placeholder: being written this session)."""


def send_after_commit(appointment, kind):
    pass
