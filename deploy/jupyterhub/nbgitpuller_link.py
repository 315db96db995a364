"""Print the nbgitpuller link a facilitator sends to participants before a workshop.

Clicking it logs a participant into the hub, copies (first time) or updates (later) the
notebooks into ``~/followkit`` without overwriting their own edits, and opens the notebook:

    python deploy/jupyterhub/nbgitpuller_link.py https://hub.example.org \
        https://github.com/career-center/followkit --notebook notebooks/workshop.ipynb

The link works on TLJH and on Zero to JupyterHub alike (nbgitpuller is in requirements.txt).
"""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlencode

CHECKOUT = "followkit"


def workshop_link(hub_url: str, repo: str, *, branch: str = "main",
                  notebook: str = "notebooks/coach.ipynb") -> str:
    """The hub link that pulls ``repo`` into ``~/followkit`` and opens ``notebook`` in Lab."""
    if not hub_url.startswith(("https://", "http://")):
        raise ValueError(f"The hub address must start with https:// (got {hub_url!r}).")
    if not notebook.endswith(".ipynb"):
        raise ValueError(
            f"The notebook must be a .ipynb path inside the repository, like "
            f"notebooks/coach.ipynb (got {notebook!r})."
        )
    query = urlencode({
        "repo": repo,
        "branch": branch,
        "targetpath": CHECKOUT,
        "urlpath": f"lab/tree/{CHECKOUT}/{notebook.lstrip('/')}",
    })
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def main(argv: list[str] | None = None) -> int:
    """Print the link; exit 2 with a one-line reason on a bad argument."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hub_url", help="the hub's address, e.g. https://hub.example.org")
    parser.add_argument("repo", help="the git URL of your followkit fork")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--notebook", default="notebooks/coach.ipynb")
    args = parser.parse_args(argv)
    try:
        print(workshop_link(args.hub_url, args.repo, branch=args.branch, notebook=args.notebook))
    except ValueError as error:
        print(f"nbgitpuller_link: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
