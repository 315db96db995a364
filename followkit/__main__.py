"""``python -m followkit``: see :mod:`followkit.cli._main`."""

from followkit.cli._main import main

raise SystemExit(main())
