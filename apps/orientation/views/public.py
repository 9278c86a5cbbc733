"""PLACEHOLDER: being written this session."""


def index(request, **kwargs):
    raise NotImplementedError


def country_guide(request, **kwargs):
    raise NotImplementedError


def page(request, **kwargs):
    raise NotImplementedError


def leaflet(request, **kwargs):
    raise NotImplementedError
