"""Builds and repairs a component site (DESIGN.md §9): a department's or a commune's. Idempotent.

A component site is a Wagtail `Site` at its own host name, with a `SiteProfile` (its kind and name),
a Vietnamese home page and the standard tree of its kind (`standard.sections_for(kind)`), locked like the
province's, its own `ProvinceSettings` row, two groups of its own ("Biên tập viên - Sở Tư pháp",
"Người phê duyệt - Sở Tư pháp") with page permissions on its root only, an image and document collection
of its own and an approval workflow whose approvers are its own and the province's. The province's groups
hold their permissions on the tree's root, which covers every component root; when they do not, they are
given the same permissions on the new root, so the province's editors always see every site.
The English tree is not built for component sites.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.core.models import ProvinceSettings, SiteProfile
from cms.core.sites import SiteKind, province_site
from cms.core.text import slugify_vi

from . import standard
from .builder import BuildResult, _publish, ensure_locales, ensure_sections
from .lock import structure_maintenance
from .models import HomePage
from .publishing import APPROVERS, COLLECTION_PERMISSIONS, EDITORS, PAGE_PERMISSIONS

HOME_TITLE = "Trang chủ"


class ComponentError(ValueError):
    """A component site cannot be built as asked; the message is Vietnamese and names the fix."""


@dataclass
class ComponentSpec:
    kind: str
    name: str  # "Sở Tư pháp", "Phường Tân Ninh"
    slug: str

    @classmethod
    def make(cls, kind, name):
        name = " ".join((name or "").split())
        slug = slugify_vi(name)
        if not slug:
            raise ComponentError(f"Tên “{name}” không hợp lệ: hãy nhập tên cơ quan hoặc xã, phường, ví dụ “Sở Tư pháp”.")
        return cls(SiteKind(kind), name, slug)


def official_name(kind, name, province):
    """'Sở Tư pháp tỉnh Tây Ninh'; 'Ủy ban nhân dân phường Tân Ninh'."""
    if kind == SiteKind.COMMUNE:
        return f"Ủy ban nhân dân {name[:1].lower()}{name[1:]}"
    where = f"{'thành phố' if province.unit_type == 'thanh_pho' else 'tỉnh'} {province.name}"
    return f"{name} {where}"


def default_hostname(slug, province_host):
    return f"{slug}.{province_host}"


def editors_group_name(name):
    return f"{EDITORS} - {name}"


def approvers_group_name(name):
    return f"{APPROVERS} - {name}"


def _ensure_site(spec, hostname, port, result):
    """The component's Site, profile and home page. Never touches another site (no default-site fallback)."""
    vi, _ = ensure_locales()
    profile = SiteProfile.objects.select_related("site__root_page").filter(slug=spec.slug).first()
    site = profile.site if profile else Site.objects.filter(hostname=hostname, port=port).first()
    if site is not None and profile is None and (site.is_default_site or SiteProfile.objects.filter(site=site).exists()):
        raise ComponentError(f"Tên miền “{hostname}” đã thuộc về trang “{site.site_name}”: hãy chọn tên miền khác (--hostname).")
    if profile is not None and profile.kind != spec.kind:
        raise ComponentError(
            f"“{spec.name}” đã có trang thành phần loại “{SiteKind(profile.kind).label}”; không thể tạo lại với loại khác."
        )
    home = site.root_page.specific if site is not None else None
    if not isinstance(home, HomePage):
        home = HomePage(title=HOME_TITLE, slug=spec.slug, locale=vi)
        Page.get_first_root_node().add_child(instance=home)
        _publish(home)
        result.created.append(f"{spec.slug}: home")
        if site is None:
            site = Site.objects.create(hostname=hostname, port=port, site_name=spec.name, root_page=home,
                                       is_default_site=False)
        else:
            site.root_page = home
            site.save(update_fields=["root_page"])
    if site.site_name != spec.name:
        site.site_name = spec.name
        site.save(update_fields=["site_name"])
    if profile is None:
        position = (SiteProfile.objects.filter(kind=spec.kind).aggregate(m=Max("position"))["m"] or 0) + 1
        SiteProfile.objects.create(site=site, kind=spec.kind, name=spec.name, slug=spec.slug, position=position)
        result.created.append(f"{spec.slug}: profile")
    return site, home


def _ensure_settings(site, spec, province, result):
    """The component's identity where still empty (never an editor's value); on creation, the emblem,
    colour and shared links are copied from the province's settings."""
    new = not ProvinceSettings.objects.filter(site=site).exists()
    settings = ProvinceSettings.for_site(site)
    values = {
        "official_name": official_name(spec.kind, spec.name, province),
        "short_name": spec.name,
        "province_slug": province.slug,
        "focal_unit": (f"Văn phòng {spec.name}" if spec.kind == SiteKind.DEPARTMENT
                       else f"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {spec.name[:1].lower()}{spec.name[1:]}"),
    }
    source = ProvinceSettings.objects.filter(site=province_site()).first() if new else None
    if source is not None:
        for field in ("emblem_id", "accent_colour", "province_services_url", "feedback_system_url",
                      "national_portal_url", "government_portal_url", "personal_data_retention_days",
                      "qa_target_working_days"):
            setattr(settings, field, getattr(source, field))
    changed = new
    for field, value in values.items():
        if not getattr(settings, field):
            setattr(settings, field, value)
            changed = True
    if changed:
        settings.save()
        result.created.append(f"{spec.slug}: settings")
    return settings


def _ensure_group(name, result):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        result.created.append(f"group: {name}")
    return group


def _page_permissions(group, page, codenames, result):
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        _, created = GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
        if created:
            result.created.append(f"{group.name}: {codename}")


def _covers(group, page, codename):
    """Whether `group` holds `codename` on `page` or on one of its ancestors."""
    ancestors = [page.path[:i] for i in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    return GroupPagePermission.objects.filter(
        group=group, permission__codename=codename, page__path__in=ancestors
    ).exists()


def _ensure_groups(site, home, spec, result):
    """The component's own groups on its root only; the province's groups on it too when not already covered."""
    editors = _ensure_group(editors_group_name(spec.name), result)
    approvers = _ensure_group(approvers_group_name(spec.name), result)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    root_collection = Collection.get_first_root_node()
    collection = root_collection.get_children().filter(name=spec.name).first()
    if collection is None:
        collection = root_collection.add_child(name=spec.name)
        result.created.append(f"{spec.slug}: collection")
    for group, role in ((editors, EDITORS), (approvers, APPROVERS)):
        _page_permissions(group, home, PAGE_PERMISSIONS[role], result)
        if not group.permissions.filter(pk=access_admin.pk).exists():
            group.permissions.add(access_admin)
        for codename in COLLECTION_PERMISSIONS[role]:
            permission = Permission.objects.get(content_type__app_label__in=("wagtailimages", "wagtaildocs"),
                                                codename=codename)
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    province_groups = {g.name: g for g in Group.objects.filter(name__in=(EDITORS, APPROVERS))}
    for role, group in province_groups.items():
        missing = [c for c in PAGE_PERMISSIONS[role] if not _covers(group, home, c)]
        _page_permissions(group, home, missing, result)
    _ensure_workflow(home, spec, approvers, province_groups.get(APPROVERS), result)
    return editors, approvers


def _ensure_workflow(home, spec, approvers, province_approvers, result):
    name = f"Phê duyệt - {spec.name}"
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name, active=True)
        task = GroupApprovalTask.objects.create(
            name=f"Người phê duyệt xem xét và xuất bản - {spec.name}",
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        result.created.append(f"{spec.slug}: workflow")
    for workflow_task in workflow.workflow_tasks.select_related("task"):
        task = workflow_task.task.specific
        if isinstance(task, GroupApprovalTask):
            task.groups.add(*[g for g in (approvers, province_approvers) if g is not None])
    WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


def build_component_site(kind, name, province, hostname=None, port=80):
    """Build or repair the component site `name` of `kind`, in one transaction; returns (site, home, result)."""
    spec = ComponentSpec.make(kind, name)
    result = BuildResult()
    with transaction.atomic(), structure_maintenance():
        if hostname is None:
            existing = SiteProfile.objects.select_related("site").filter(slug=spec.slug).first()
            if existing is not None:
                hostname, port = existing.site.hostname, existing.site.port
            else:
                parent = province_site()
                hostname = default_hostname(spec.slug, parent.hostname if parent else "localhost")
                port = parent.port if parent else port
        site, home = _ensure_site(spec, hostname.lower(), port, result)
        ensure_sections(home, result, sections=standard.sections_for(spec.kind))
        _ensure_settings(site, spec, province, result)
        _ensure_groups(site, home, spec, result)
    return site, home, result
