"""Admin: copy last week's recurring entries into a chosen week."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .weeks import BadWeek, Week


class CopyWeekForm(forms.Form):
    week = forms.CharField(
        label=gettext_lazy("Copy into week"), max_length=10,
        help_text=gettext_lazy("Year and ISO week number, for example 2026-W48. "
                               "The recurring entries of the week before it are copied, seven days later."),
        widget=forms.TextInput(attrs={"type": "week"}),
    )

    def clean_week(self):
        try:
            return Week.parse(self.cleaned_data["week"])
        except BadWeek:
            raise forms.ValidationError(_("This week does not exist. Enter it as year and week number, e.g. 2026-W48."))


class CopyRecurringView(WagtailAdminTemplateMixin, FormView):
    form_class = CopyWeekForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = gettext_lazy("Copy last week's recurring entries")
    header_icon = "copy"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not user.has_perm("schedule.add_scheduleentry"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"week": str(Week.of(timezone.localdate()))}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.path,
            submit_button_label=_("Copy the entries"),
            submit_button_active_label=_("Copying…"),
        )
        return context

    def form_valid(self, form):
        week = form.cleaned_data["week"]
        publish = self.request.user.has_perm("schedule.publish_scheduleentry")
        created, skipped = services.copy_recurring(week, user=self.request.user, publish=publish)
        if created:
            messages.success(self.request, _("%(count)d entries were copied into week %(week)s.")
                             % {"count": len(created), "week": week})
        else:
            messages.info(self.request, _("Nothing new to copy into week %(week)s.") % {"week": week})
        if skipped:
            messages.info(self.request, _("%(count)d entries were already in that week and were skipped.")
                          % {"count": len(skipped)})
        return redirect(reverse("wagtailsnippets_schedule_scheduleentry:list"))
