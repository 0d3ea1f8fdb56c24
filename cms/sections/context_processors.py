"""Template context for the public layout: menu, footer links and quick-access links, computed lazily."""

from django.utils.functional import cached_property
from django.utils.translation import get_language

from . import layout, standard

QUICK_LINK_KEYS = (
    "access_to_information.request",
    "documents",
    "interaction.qa",
    "public_services",
)


class PortalNav:
    """Everything the base template needs about the site's structure; nothing is queried until used."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def layout(self):
        return layout.for_request(self.request)

    @property
    def home(self):
        return self.layout.home if self.layout is not None else None

    @property
    def menu(self):
        return self.layout.menu if self.layout is not None else []

    @property
    def footer(self):
        return self.layout.footer if self.layout is not None else []

    @property
    def notices(self):
        return self.layout.current_notices() if self.layout is not None else []

    @property
    def province_portal(self):
        """On a component site, the province's portal (name and full URL) its header and footer link to."""
        return self.layout.province_portal if self.layout is not None else None

    @cached_property
    def home_url(self):
        return self.layout.home_url if self.layout is not None else "/"

    @cached_property
    def kind(self):
        """The kind of the site being shown (province, department, commune): its standard tree."""
        from cms.core.sites import kind_of_page

        return kind_of_page(self.home) if self.home is not None else standard.PROVINCE

    def section_url(self, key):
        """The URL of a standard section on this site, or "" when this kind of site has no such section
        (a commune has no consultations): templates leave the link out."""
        if standard.spec_for(self.kind, key) is None:
            return ""
        return self.home_url.rstrip("/") + standard.component_path_of(self.kind, key)

    @cached_property
    def quick_links(self):
        return [(standard.BY_KEY[key], url) for key in QUICK_LINK_KEYS if (url := self.section_url(key))]

    @cached_property
    def urls(self):
        """Section URLs by key with dots replaced by underscores, for templates: nav.urls.interaction_qa
        (missing, so empty, for sections this kind of site does not have)."""
        return {s.key.replace(".", "_"): self.section_url(s.key) for s in standard.sections_for(self.kind)}

    @cached_property
    def language(self):
        return get_language() or "vi"


def portal(request):
    return {"nav": PortalNav(request)}
