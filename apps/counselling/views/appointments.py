"""PLACEHOLDER: being written this session."""


def find_person(request, **kwargs):
    raise NotImplementedError


def book(request, **kwargs):
    raise NotImplementedError


def appointment_detail(request, **kwargs):
    raise NotImplementedError


def change_status(request, **kwargs):
    raise NotImplementedError


def cancel(request, **kwargs):
    raise NotImplementedError


def reschedule(request, **kwargs):
    raise NotImplementedError


def calendar_file(request, **kwargs):
    raise NotImplementedError
