"""setup_province --department/--commune: the component site, its tree, settings, groups and permissions."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Site, WorkflowPage

from cms.core.models import ProvinceSettings, SiteProfile
from cms.core.sites import SiteKind, site_kind, sites_for_user
from cms.sections import standard
from cms.sections.models import SectionPage
from tests.factories import UserFactory


def _setup(*args):
    call_command("setup_province", *args, verbosity=0)


def _tree(site):
    return list(
        SectionPage.objects.descendant_of(site.root_page).order_by("path").values_list("section_key", flat=True)
    )


@pytest.fixture
def department(site):
    _setup("--department", "Sở Tư pháp")
    return Site.objects.get(site_name="Sở Tư pháp")


@pytest.fixture
def commune(site):
    _setup("--commune", "Phường Tân Ninh")
    return Site.objects.get(site_name="Phường Tân Ninh")


def test_department_gets_its_site_at_the_default_host(department, site):
    assert department.hostname == f"so-tu-phap.{site.hostname}"
    assert not department.is_default_site
    assert site_kind(department) == SiteKind.DEPARTMENT
    assert SiteProfile.objects.get(site=department).name == "Sở Tư pháp"


def test_hostname_option_is_used(site):
    _setup("--commune", "Xã Hòa Hội", "--hostname", "hoahoi.tayninh.gov.vn")
    assert Site.objects.get(site_name="Xã Hòa Hội").hostname == "hoahoi.tayninh.gov.vn"


def test_department_tree_is_the_department_standard_in_order(department):
    assert _tree(department) == [s.key for s in sorted(standard.DEPARTMENT_SECTIONS, key=_path_key)]


def test_commune_tree_is_the_commune_standard_in_order(commune):
    assert _tree(commune) == [s.key for s in sorted(standard.COMMUNE_SECTIONS, key=_path_key)]


def _path_key(spec):
    """Depth-first order of the standard, as tree paths sort."""
    chain = []
    tree = standard.sections_for(standard.DEPARTMENT if spec in standard.DEPARTMENT_SECTIONS else standard.COMMUNE)
    by_key = {s.key: s for s in tree}
    current = spec
    while current is not None:
        chain.append(current.order)
        current = by_key.get(current.parent_key) if current.parent_key else None
    return tuple(reversed(chain))


def test_component_sections_have_the_standard_titles_and_slugs(commune):
    page = SectionPage.objects.descendant_of(commune.root_page).get(section_key="public_services")
    assert (page.title, page.slug) == ("Thủ tục hành chính", "thu-tuc-hanh-chinh")
    contributions = SectionPage.objects.descendant_of(commune.root_page).get(section_key="public_disclosure.contributions")
    assert contributions.url_path.endswith("/cong-khai-thong-tin/dong-gop-quy/")


def test_setup_is_idempotent(department):
    before = (Page.objects.count(), Site.objects.count(), Group.objects.count(), GroupPagePermission.objects.count(),
              WorkflowPage.objects.count())
    _setup("--department", "Sở Tư pháp")
    after = (Page.objects.count(), Site.objects.count(), Group.objects.count(), GroupPagePermission.objects.count(),
             WorkflowPage.objects.count())
    assert after == before


def test_setup_repairs_a_missing_section(department):
    from cms.sections.lock import structure_maintenance

    with structure_maintenance():
        SectionPage.objects.descendant_of(department.root_page).get(section_key="about.functions").delete()
    _setup("--department", "Sở Tư pháp")
    assert "about.functions" in _tree(department)


def test_component_settings_name_the_body(department, commune):
    assert ProvinceSettings.for_site(department).official_name == "Sở Tư pháp tỉnh Tây Ninh"
    assert ProvinceSettings.for_site(commune).official_name == "Ủy ban nhân dân phường Tân Ninh"
    assert ProvinceSettings.for_site(commune).focal_unit


def test_province_site_is_left_alone(department, site):
    assert Site.objects.get(is_default_site=True) == site
    assert site.root_page.specific.title == "Trang chủ"
    assert ProvinceSettings.for_site(site).official_name == "Ủy ban nhân dân tỉnh Tây Ninh"


def test_component_groups_hold_permissions_on_its_root_only(department):
    editors = Group.objects.get(name="Biên tập viên - Sở Tư pháp")
    approvers = Group.objects.get(name="Người phê duyệt - Sở Tư pháp")
    assert set(GroupPagePermission.objects.filter(group=editors).values_list("page_id", flat=True)) == {department.root_page_id}
    assert set(GroupPagePermission.objects.filter(group=approvers).values_list("permission__codename", flat=True)) >= {
        "add_page", "change_page", "publish_page"}


def test_component_editor_manages_only_that_site(department, commune):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Biên tập viên - Sở Tư pháp"))
    assert list(sites_for_user(user)) == [department]


def test_province_editor_manages_every_site(site):
    from cms.sections.publishing import ensure_publishing

    ensure_publishing([site.root_page])
    _setup("--department", "Sở Tư pháp")
    _setup("--commune", "Phường Tân Ninh")
    department, commune = Site.objects.get(site_name="Sở Tư pháp"), Site.objects.get(site_name="Phường Tân Ninh")
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    assert set(sites_for_user(user)) == {site, department, commune}


def test_province_groups_get_permissions_on_the_new_root_when_not_covered(site):
    from cms.sections.publishing import EDITORS

    group, _ = Group.objects.get_or_create(name=EDITORS)
    GroupPagePermission.objects.filter(group=group).delete()
    _setup("--commune", "Xã Hòa Hội")
    commune = Site.objects.get(site_name="Xã Hòa Hội")
    assert GroupPagePermission.objects.filter(group=group, page=commune.root_page).exists()


def test_component_home_has_its_approval_workflow(site):
    from cms.sections.publishing import ensure_publishing

    ensure_publishing([site.root_page])
    _setup("--department", "Sở Tư pháp")
    department = Site.objects.get(site_name="Sở Tư pháp")
    workflow = WorkflowPage.objects.get(page=department.root_page).workflow
    task = workflow.workflow_tasks.get().task.specific
    assert set(task.groups.values_list("name", flat=True)) >= {"Người phê duyệt - Sở Tư pháp", "Người phê duyệt"}


def test_editor_of_a_department_can_add_a_page_below_its_functions_section(department):
    from cms.sections.models import ContentPage

    functions = SectionPage.objects.descendant_of(department.root_page).get(section_key="about.functions").specific
    assert ContentPage.can_create_at(functions)


def test_name_already_used_by_another_kind_is_refused(department):
    with pytest.raises(CommandError, match="đã có trang thành phần"):
        _setup("--commune", "Sở Tư pháp")


def test_hostname_of_the_province_site_is_refused(site):
    with pytest.raises(CommandError, match="đã thuộc về trang"):
        _setup("--commune", "Xã Hòa Hội", "--hostname", site.hostname)


def test_empty_name_is_refused(site):
    with pytest.raises(CommandError, match="không hợp lệ"):
        _setup("--department", " ")


def test_hostname_and_port_move_the_provinces_site_and_its_components(department, site):
    _setup("--name", "Tây Ninh", "--hostname", "TayNinh.gov.vn", "--port", "443")
    site.refresh_from_db()
    department.refresh_from_db()
    assert (site.hostname, site.port) == ("tayninh.gov.vn", 443)
    assert (department.hostname, department.port) == ("so-tu-phap.tayninh.gov.vn", 443)


def test_a_run_without_hostname_keeps_the_sites_host(site):
    _setup("--name", "Tây Ninh", "--hostname", "tayninh.gov.vn", "--port", "443")
    _setup("--name", "Tây Ninh")
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("tayninh.gov.vn", 443)
    assert Site.objects.count() == 1


def test_component_demo_gives_the_body_its_own_documents(site, client):
    from cms.documents.conformance import checks
    from cms.documents.models import LegalDocument

    _setup("--department", "Sở Tư pháp", "--demo")
    department = Site.objects.get(site_name="Sở Tư pháp")
    own = LegalDocument.objects.filter(issuing_body__site=department)
    assert own.count() == 4 and {d.number.split("/")[1] for d in own} >= {"KH-STP", "STP"}
    html = client.get("/van-ban/", HTTP_HOST=department.hostname).content.decode()
    assert all(d.number in html for d in own)
    registry = next(c for c in checks(department) if c.code == "documents.registry")
    assert registry.details["count"] == 4
    _setup("--department", "Sở Tư pháp", "--demo")
    assert own.count() == 4  # idempotent


def test_demo_admin_command_prints_component_sites_and_a_department_editor(department, settings):
    from io import StringIO

    settings.DEBUG = True
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    assert f"http://{department.hostname}:8000/" in out.getvalue()
    user = get_user_model().objects.get(username="bientap-so-tu-phap")
    assert user.check_password("bientap-demo") and list(sites_for_user(user)) == [department]


def test_component_demo_gives_a_department_answers_and_a_draft_and_a_commune_answers(site, client):
    from cms.consultations.models import ConsultationPage
    from cms.qa.models import Question

    _setup("--department", "Sở Tư pháp", "--demo")
    _setup("--commune", "Phường Tân Ninh", "--demo")
    for name, drafts in (("Sở Tư pháp", 1), ("Phường Tân Ninh", 0)):
        component = Site.objects.get(site_name=name)
        answers = Question.objects.published().filter(index__path__startswith=component.root_page.path)
        assert answers.count() == 2 and all(name in question.title for question in answers)
        qa_page = client.get("/tuong-tac/hoi-dap/", HTTP_HOST=component.hostname).content.decode()
        assert all(question.title in qa_page for question in answers)
        assert ConsultationPage.objects.live().descendant_of(component.root_page).count() == drafts
    _setup("--department", "Sở Tư pháp", "--demo")
    _setup("--commune", "Phường Tân Ninh", "--demo")
    assert Question.objects.exclude(index__path__startswith=site.root_page.path).count() == 4  # idempotent
    assert ConsultationPage.objects.exclude(path__startswith=site.root_page.path).count() == 1
