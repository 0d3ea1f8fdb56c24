"""Template tags shared by every public template."""

from django import template
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def hook_slot(context, name):
    """Render what each app registered for a named place in the layout (hook `portal_slot_<name>`).

    Each hook function takes the template context and returns HTML (already escaped) or ''.
    """
    parts = [fn(context) for fn in hooks.get_hooks(f"portal_slot_{name}")]
    return mark_safe("".join(str(part) for part in parts if part))


@register.filter
def tel_href(number):
    """'0276 3822 306' -> 'tel:02763822306' for tap-to-call links."""
    return "tel:" + "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")


@register.simple_tag(takes_context=True)
def current_notices(context):
    nav = context.get("nav")
    if nav is not None:
        return nav.notices
    from cms.core.models import SiteNotice

    return list(SiteNotice.objects.current())


@register.filter
def within(page, section):
    """True when `page` is `section` or below it."""
    path = getattr(page, "path", None)
    return bool(path) and path.startswith(section.path)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (pagination keeps the filters)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: the translation of the current page when it exists, else that language's home."""
    from django.conf import settings
    from django.utils.translation import get_language_info
    nav = context.get("nav")
    layout = nav.layout if nav is not None else None
    home = layout.home if layout is not None else None
    urls = {}
    key = getattr(page, "translation_key", None) if page is not None else None
    known = layout.section_translations if layout is not None else {}
    if key in known:
        urls = known[key]
    elif key and (home is None or page.pk != home.pk):
        from wagtail.models import Page

        for other in Page.objects.filter(translation_key=key).live().select_related("locale"):
            urls.setdefault(other.locale.language_code, other.get_url(request=context.get("request")))
    home_urls = layout.home_translations if layout is not None else {}
    links = []
    current = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    for code, _name in settings.LANGUAGES:
        url = urls.get(code) or home_urls.get(code)
        if url is None and layout is not None and code != current:
            continue  # this site has no version in that language (component sites are Vietnamese only)
        url = url or ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
        links.append({"code": code, "name": get_language_info(code)["name_local"], "url": url})
    return links


@register.simple_tag(takes_context=True)
def page_full_url(context, page):
    """`page.full_url`, reusing the site root paths Wagtail has already read for this request (one cache
    read fewer per page with a shared cache)."""
    return page.get_full_url(request=context.get("request"))
