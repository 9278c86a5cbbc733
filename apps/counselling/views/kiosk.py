"""PLACEHOLDER: being written this session."""


def identify(request, **kwargs):
    raise NotImplementedError


def choose_time(request, **kwargs):
    raise NotImplementedError


def booked(request, **kwargs):
    raise NotImplementedError
