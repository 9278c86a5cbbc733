from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, UpdateView

from .forms import CentreContactForm
from .models import Centre


class CentreListView(ListView):
    """Public: every open centre, so a person can find the nearest one."""

    template_name = "centres/centre_list.html"
    context_object_name = "centres"

    def get_queryset(self):
        return Centre.objects.active().select_related("district__province")


class CentreDetailView(DetailView):
    template_name = "centres/centre_detail.html"
    context_object_name = "centre"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        return Centre.objects.active().select_related("district__province")


class MyCentreView(LoginRequiredMixin, PermissionRequiredMixin, DetailView):
    """Staff: their own centre, with the edit link for those who may change it."""

    permission_required = "centres.view_centre"
    template_name = "centres/my_centre.html"
    context_object_name = "centre"

    def get(self, request, *args, **kwargs):
        if request.user.centre_id is None:
            # A superuser belongs to no centre; the public list serves them.
            return redirect("centres:list")
        return super().get(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return get_object_or_404(
            Centre.objects.select_related("district__province"), pk=self.request.user.centre_id
        )


class CentreContactUpdateView(LoginRequiredMixin, PermissionRequiredMixin, UpdateView):
    permission_required = "centres.change_centre"
    form_class = CentreContactForm
    template_name = "centres/centre_form.html"
    context_object_name = "centre"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        # Another centre's page answers 404, never 403: its existence is not ours to reveal.
        return Centre.objects.visible_to(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The centre's details were saved."))
        return response

    def get_success_url(self):
        return reverse("centres:mine")
