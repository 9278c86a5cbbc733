"""PLACEHOLDER: being written this session."""


def centre_day(request, **kwargs):
    raise NotImplementedError


def my_day(request, **kwargs):
    raise NotImplementedError


def my_week(request, **kwargs):
    raise NotImplementedError
