"""PLACEHOLDER: being written this session."""


def my_availability(request, **kwargs):
    raise NotImplementedError


def delete_leave(request, **kwargs):
    raise NotImplementedError


def centre_closures(request, **kwargs):
    raise NotImplementedError


def delete_closure(request, **kwargs):
    raise NotImplementedError
