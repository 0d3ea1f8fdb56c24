"""python -m bench <name> [options]: run bench/<name>.py's main(argv) with Django set up.

Use your own database, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench python -m bench documents
"""

import importlib
import os
import pkgutil
import sys


def main(argv):
    names = sorted(m.name for m in pkgutil.iter_modules([os.path.dirname(__file__)]) if not m.name.startswith("_"))
    if not argv or argv[0] not in names:
        print(f"usage: python -m bench {{{','.join(names)}}} [options]", file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    module = importlib.import_module(f"bench.{argv[0]}")
    return module.main(argv[1:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
