"""Shared fixtures: the demo province's standard tree is built once per test session."""

import pytest
from wagtail.models import Site

from cms.sections import standard
from cms.sections.builder import build_site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        site, _, _ = build_site(standard.find_province("Tây Ninh"))
        from cms.sections.management.commands.setup_province import fill_settings

        fill_settings(site, standard.find_province("Tây Ninh"))


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    return site.root_page.specific


@pytest.fixture
def section(home):
    """section('about.overview') -> the Vietnamese SectionPage with that key."""
    from cms.sections.models import SectionPage

    def get(key):
        return SectionPage.objects.descendant_of(home).get(section_key=key).specific

    return get


@pytest.fixture
def superuser(db):
    from tests.factories import UserFactory

    return UserFactory(is_superuser=True, is_staff=True, username="root")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def editor(db):
    """A non-superuser with every page permission on the whole tree (the strongest editor)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    from tests.factories import UserFactory

    group, _ = Group.objects.get_or_create(name="Biên tập viên (toàn quyền)")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        )
    user = UserFactory(username="editor", is_superuser=False, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: the public layout and rate-limit counters of one test (whose
    database changes are rolled back) must not leak into the next."""
    from django.core.cache import cache

    from cms.documents import lists_cache

    cache.clear()
    lists_cache.clear()
    yield
