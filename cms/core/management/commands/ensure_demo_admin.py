"""Create (once) the demo administrator that `make run` prints. Never for production."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create the demo administrator account (development only) and print how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Tài khoản quản trị mẫu chỉ dùng khi phát triển (DEBUG=1).")
        username = os.environ.get("DEMO_ADMIN_USER", "admin")
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "quantri-demo")
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": "admin@localhost", "is_staff": True, "is_superuser": True, "first_name": "Quản trị"},
        )
        if created:
            user.set_password(password)
            user.save()
        self.stdout.write(f"Admin login: {username} / {password if created or user.check_password(password) else '(changed)'}")
        self.demo_workflow_users(User)
        self.component_sites(User)

    def demo_workflow_users(self, User):
        """An editor and an approver to try the moderation workflow (groups made by setup_province)."""
        from django.contrib.auth.models import Group

        for username, password, group_name in (
            ("bientap", "bientap-demo", "Biên tập viên"),
            ("pheduyet", "pheduyet-demo", "Người phê duyệt"),
        ):
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                self.demo_user(User, username, password, group)

    def demo_user(self, User, username, password, group):
        """A member of `group` with a known password (set once; a password changed since is not shown)."""
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost", "first_name": group.name}
        )
        if created:
            user.set_password(password)
            user.save()
            user.groups.add(group)
        shown = password if user.check_password(password) else "(changed)"
        self.stdout.write(f"{group.name}: {username} / {shown}")

    def component_sites(self, User):
        """Where the demo's component sites are served (browsers send *.localhost to this machine) and an
        editor who manages only the first department's site, to try per-site permissions."""
        from django.contrib.auth.models import Group

        from cms.core.sites import SiteKind, component_sites
        from cms.sections.components import editors_group_name

        sites = list(component_sites())
        if not sites:
            return
        port = os.environ.get("PORT", "8000")
        self.stdout.write("Component sites:")
        for site in sites:
            self.stdout.write(f"  {site.portal_profile.name}: http://{site.hostname}:{port}/")
        department = next((s for s in sites if s.portal_profile.kind == SiteKind.DEPARTMENT), None)
        group = department and Group.objects.filter(name=editors_group_name(department.portal_profile.name)).first()
        if group is None:
            return
        self.demo_user(User, f"bientap-{department.portal_profile.slug}", "bientap-demo", group)
