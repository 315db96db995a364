"""``python -m followkit``: see :mod:`followkit.cli`."""

from followkit.cli import main

raise SystemExit(main())
