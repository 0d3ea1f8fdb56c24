"""Records belong to a body (a Wagtail site): one place that scopes querysets, forms and admin views by site.

A model says how its rows map to sites with a `SiteScope`; then
- `public_records(queryset, site, scope)`: what a public page of `site` shows (the province's site shows all);
- `user_records(queryset, user, scope)`: what an admin user may see and change (superusers and the province's
  staff: all; a component site's staff: their sites' records only);
- `SiteScopedViewSetMixin` (before `ModelViewSet`/`SnippetViewSet`) applies the second to every listing,
  export, object view (edit, delete, inspect, history, usage, revisions, unpublish, lock...) and bulk action,
  and limits the site choices of the add/edit forms to the user's sites.

Which sites a user has, and which site is the province's, come from `cms.core.sites` (the multi-site contract).
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail import hooks


def _sites():
    from cms.core import sites

    return sites


def user_sites(user):
    """The sites whose records `user` may manage (cached on the user object for the request)."""
    cached = getattr(user, "_portal_scoping_sites", None)
    if cached is None:
        cached = list(_sites().sites_for_user(user)) if user.is_authenticated else []
        try:
            user._portal_scoping_sites = cached
        except AttributeError:  # pragma: no cover - AnonymousUser is not writable on some versions
            pass
    return cached


def _has_component_sites():
    from wagtail.models import Site

    from cms.core.sites import COMPONENT_KINDS, site_kind

    return any(site_kind(site) in COMPONENT_KINDS for site in Site.objects.only("pk"))


def sees_all_sites(user):
    """Superusers and the province's staff see every site's records; so does every user of an instance
    without component sites (a single province site: nothing to separate, and staff need no page rights)."""
    if user.is_superuser:
        return True
    cached = getattr(user, "_portal_sees_all_sites", None)
    if cached is None:
        cached = (not _has_component_sites()
                  or any(_sites().is_province_site(site) for site in user_sites(user)))
        try:
            user._portal_sees_all_sites = cached
        except AttributeError:  # pragma: no cover
            pass
    return cached


class SiteScope:
    """How the rows of a model map to sites.

    field: path to a `wagtailcore.Site` foreign key ("site", "issuing_body__site");
    null_is_province: an empty `field` means the province's site;
    page_field: path to a page whose place in the tree tells the site ("index", "consultation"); "" for pages.
    """

    def __init__(self, field=None, null_is_province=False, page_field=None):
        if (field is None) == (page_field is None):
            raise ValueError("Give exactly one of field and page_field.")
        self.field = field
        self.null_is_province = null_is_province
        self.page_field = page_field

    def condition(self, sites):
        """A Q matching the rows of any of `sites`."""
        sites = list(sites)
        if self.page_field is not None:
            return self._page_condition(sites)
        condition = Q(**{f"{self.field}__in": [site.pk for site in sites]})
        if self.null_is_province and any(_sites().is_province_site(site) for site in sites):
            condition |= Q(**{f"{self.field}__isnull": True})
        return condition

    def _page_condition(self, sites):
        from wagtail.models import Page

        if not sites:
            return Q(pk__in=[])
        # The site's home page in every language (translations of a home are its siblings' trees).
        keys = Page.objects.filter(pk__in=[site.root_page_id for site in sites]).values("translation_key")
        paths = Page.objects.filter(translation_key__in=keys).values_list("path", flat=True)
        prefix = f"{self.page_field}__path" if self.page_field else "path"
        condition = Q(pk__in=[])
        for path in paths:
            condition |= Q(**{f"{prefix}__startswith": path})
        return condition

    def filter(self, queryset, sites):
        return queryset.filter(self.condition(sites))

    def site_of(self, instance):
        """The site a saved row belongs to (None when it cannot be told)."""
        if self.page_field is None:
            target = instance
            parts = self.field.split("__")
            for part in parts:
                target = getattr(target, part, None)
                if target is None:
                    return _sites().province_site() if self.null_is_province else None
            return target
        page = getattr(instance, self.page_field) if self.page_field else instance
        return page.get_site() if page is not None else None


def public_records(queryset, site, scope):
    """Rows a public page of `site` shows: the province's site shows all, a component site only its own."""
    if site is None or _sites().is_province_site(site):
        return queryset
    return scope.filter(queryset, [site])


def user_records(queryset, user, scope):
    """Rows an admin user may see and change."""
    if sees_all_sites(user):
        return queryset
    return scope.filter(queryset, user_sites(user))


def user_record_or_404(queryset, user, scope, **lookup):
    """The row matching `lookup` if `user` may manage it, else 404 (a forged id reveals nothing)."""
    obj = user_records(queryset, user, scope).filter(**lookup).first()
    if obj is None:
        raise Http404(_("There is no such record on your sites."))
    return obj


def limit_site_choices(form, user, scope_fields):
    """Limit the form's site-carrying choice fields to the user's sites.

    scope_fields: {form field name: SiteScope of that field's model, or None for a field choosing a Site}.
    """
    if sees_all_sites(user):
        return
    sites = user_sites(user)
    for name, scope in scope_fields.items():
        field = form.fields.get(name)
        if field is None or not hasattr(field, "queryset"):
            continue
        if scope is None:
            field.queryset = field.queryset.filter(pk__in=[site.pk for site in sites])
        else:
            field.queryset = scope.filter(field.queryset, sites)
        field.required = True
        if field.initial is None and len(sites) == 1 and scope is None:
            field.initial = sites[0].pk


def site_choices(request):
    """The sites a user may pick in a filter or form: all of them, or their own."""
    from wagtail.models import Site

    sites = Site.objects.order_by("site_name", "hostname")
    if sees_all_sites(request.user):
        return sites
    return sites.filter(pk__in=[site.pk for site in user_sites(request.user)])


def picked_site(request, param="site"):
    """The site picked with `?site=<id>` among those the user may pick (`site_choices`); None when none is
    picked or the pick is not one of theirs (a forged id shows nothing more)."""
    value = request.GET.get(param, "")
    if not value.isdigit():
        return None
    return site_choices(request).filter(pk=int(value)).first()


def report_site(request, param="site"):
    """The one site an admin report is about: the one picked with `?site=`, else the admin host's site when
    the user may see it (the province's for its staff), else the first of the user's sites."""
    picked = picked_site(request, param)
    if picked is not None:
        return picked
    here = _sites().site_for_request(request)
    if here is not None and (sees_all_sites(request.user)
                             or any(site.pk == here.pk for site in user_sites(request.user))):
        return here
    return site_choices(request).first()


def site_filter(scope):
    """A django-filter filter of an admin listing by site (the province's staff pick any site)."""
    import django_filters
    from django.utils.translation import pgettext_lazy

    def apply(queryset, name, value):
        return scope.filter(queryset, [value]) if value else queryset

    return django_filters.ModelChoiceFilter(label=pgettext_lazy("component site", "Site"), queryset=site_choices,
                                            method=apply)


_SCOPED_MODELS = {}


def register_scope(model, scope):
    """Make `scope` the site scope of `model` for the admin's bulk actions."""
    _SCOPED_MODELS[model] = scope


def scope_of(model):
    return _SCOPED_MODELS.get(model)


class SiteScopedViewSetMixin:
    """Put before ModelViewSet or SnippetViewSet; set `site_scope` and, for forms, `site_form_fields`."""

    site_scope = None
    site_form_fields = {}

    def on_register(self):
        super().on_register()
        register_scope(self.model, self.site_scope)

    def scoped(self, queryset, request):
        return user_records(queryset, request.user, self.site_scope)

    def construct_view(self, view_class, **kwargs):
        view_class = self._scoped_view_class(view_class)
        view = super().construct_view(view_class, **kwargs)
        viewset = self

        @wraps(view)
        def scoped_view(request, *args, **kw):
            if "pk" in kw:
                viewset.check_object(request, kw["pk"])
            return view(request, *args, **kw)

        return scoped_view

    def check_object(self, request, pk):
        from django.contrib.admin.utils import unquote

        if sees_all_sites(request.user):
            return
        try:
            pk = self.model._meta.pk.to_python(unquote(str(pk)))
        except Exception as error:  # noqa: BLE001 - a malformed id is a missing one
            raise Http404 from error
        if not self.scoped(self.model._default_manager.filter(pk=pk), request).exists():
            raise Http404(_("There is no such record on your sites."))

    def _scoped_view_class(self, view_class):
        viewset = self
        overrides = {}
        if hasattr(view_class, "get_base_queryset"):
            def get_base_queryset(view):
                return viewset.scoped(super(scoped_class, view).get_base_queryset(), view.request)

            overrides["get_base_queryset"] = get_base_queryset
        if self.site_form_fields and hasattr(view_class, "get_form"):
            def get_form(view, *args, **kwargs):
                form = super(scoped_class, view).get_form(*args, **kwargs)
                limit_site_choices(form, view.request.user, viewset.site_form_fields)
                return form

            overrides["get_form"] = get_form
        if not overrides:
            return view_class
        scoped_class = type(f"SiteScoped{view_class.__name__}", (view_class,), overrides)
        return scoped_class


@hooks.register("before_bulk_action")
def _bulk_actions_stay_on_own_sites(request, action_type, objects, action_class_instance):
    if not objects or sees_all_sites(request.user):
        return None
    model = type(objects[0])
    scope = scope_of(model)
    if scope is None:
        return None
    allowed = set(user_records(model._default_manager.filter(pk__in=[o.pk for o in objects]), request.user, scope)
                  .values_list("pk", flat=True))
    if any(obj.pk not in allowed for obj in objects):
        raise PermissionDenied
    return None
