"""Publishing set-up (issue 3 item 9): editors submit, approvers publish, through Wagtail's moderation workflow.

`setup_province` calls `ensure_publishing` on every run. It gives Wagtail's two default groups
Vietnamese names (or creates them), gives them their page and collection permissions, and
assigns the approval workflow to the site's home pages. Idempotent; it never removes a
permission or a group an administrator added.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Biên tập viên"
APPROVERS = "Người phê duyệt"
WORKFLOW = "Phê duyệt trước khi xuất bản"
TASK = "Người phê duyệt xem xét và xuất bản"

# Wagtail's own defaults (created by its migrations), renamed the first time.
DEFAULT_NAMES = {EDITORS: "Editors", APPROVERS: "Moderators"}
DEFAULT_WORKFLOW = "Moderators approval"

# Editors write and submit; approvers may also publish, unpublish content pages and lock pages.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    APPROVERS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
COLLECTION_PERMISSIONS = {
    EDITORS: ("add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"),
    APPROVERS: ("add_image", "change_image", "choose_image", "delete_image",
                "add_document", "change_document", "choose_document", "delete_document"),
}
MODEL_PERMISSIONS = {
    EDITORS: (("wagtailadmin", "access_admin"),),
    APPROVERS: (("wagtailadmin", "access_admin"), ("core", "add_sitenotice"), ("core", "change_sitenotice"),
                ("core", "delete_sitenotice")),
}


def _group(name, changes):
    group = Group.objects.filter(name=name).first()
    if group is None:
        group = Group.objects.filter(name=DEFAULT_NAMES[name]).first()
        if group is not None:
            group.name = name
            group.save(update_fields=["name"])
            changes.append(f"group renamed: {DEFAULT_NAMES[name]} -> {name}")
        else:
            group = Group.objects.create(name=name)
            changes.append(f"group created: {name}")
    return group


def _grant(group, changes):
    root = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS[group.name]:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        _, created = GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        if created:
            changes.append(f"{group.name}: {codename}")
    collection = Collection.get_first_root_node()
    for codename in COLLECTION_PERMISSIONS[group.name]:
        permission = Permission.objects.get(content_type__app_label__in=("wagtailimages", "wagtaildocs"),
                                            codename=codename)
        _, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
        if created:
            changes.append(f"{group.name}: {codename}")
    for app_label, codename in MODEL_PERMISSIONS[group.name]:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None and not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            changes.append(f"{group.name}: {codename}")


def _workflow(approvers, changes):
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.filter(name=DEFAULT_WORKFLOW).first()
        if workflow is not None:
            workflow.name = WORKFLOW
            workflow.save(update_fields=["name"])
            changes.append("workflow renamed")
        else:
            workflow = Workflow.objects.create(name=WORKFLOW, active=True)
            changes.append("workflow created")
    if not workflow.workflow_tasks.exists():
        task = GroupApprovalTask.objects.create(
            name=TASK, content_type=ContentType.objects.get_for_model(GroupApprovalTask)
        )
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes.append("workflow task created")
    for workflow_task in workflow.workflow_tasks.select_related("task"):
        task = workflow_task.task.specific
        if isinstance(task, GroupApprovalTask):
            if task.name == DEFAULT_WORKFLOW:
                task.name = TASK
                task.save(update_fields=["name"])
            if not task.groups.filter(pk=approvers.pk).exists():
                task.groups.add(approvers)
                changes.append("approvers added to the workflow task")
    return workflow


def ensure_publishing(homes):
    """Groups, permissions and the approval workflow on each of `homes`; returns what changed."""
    changes = []
    with transaction.atomic():
        editors = _group(EDITORS, changes)
        approvers = _group(APPROVERS, changes)
        _grant(editors, changes)
        _grant(approvers, changes)
        workflow = _workflow(approvers, changes)
        for home in homes:
            if home is None:
                continue
            _, created = WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
            if created:
                changes.append(f"workflow assigned to {home.url_path}")
    return changes
