"""PLACEHOLDER: being written this session."""


def verify(request, **kwargs):
    raise NotImplementedError


def certificate_pdf(request, **kwargs):
    raise NotImplementedError


def revoke(request, **kwargs):
    raise NotImplementedError
