"""PLACEHOLDER: being written this session."""


def case_record(request, **kwargs):
    raise NotImplementedError


def add_note(request, **kwargs):
    raise NotImplementedError


def add_follow_up(request, **kwargs):
    raise NotImplementedError


def add_referral(request, **kwargs):
    raise NotImplementedError


def add_grievance(request, **kwargs):
    raise NotImplementedError


def follow_up_done(request, **kwargs):
    raise NotImplementedError


def referral_status(request, **kwargs):
    raise NotImplementedError


def grievance_status(request, **kwargs):
    raise NotImplementedError
