"""PLACEHOLDER: being written this session."""


def session_list(request, **kwargs):
    raise NotImplementedError


def session_add(request, **kwargs):
    raise NotImplementedError


def session_detail(request, **kwargs):
    raise NotImplementedError


def session_edit(request, **kwargs):
    raise NotImplementedError


def enrol(request, **kwargs):
    raise NotImplementedError


def attendance(request, **kwargs):
    raise NotImplementedError


def complete(request, **kwargs):
    raise NotImplementedError


def withdraw(request, **kwargs):
    raise NotImplementedError
