"""JupyterHub settings for a followkit workshop room on one server (The Littlest JupyterHub).

Drop this file into TLJH's extra-config folder and reload:

    sudo cp deploy/jupyterhub/jupyterhub_config.py \
        /opt/tljh/config/jupyterhub_config.d/followkit.py
    sudo tljh-config reload hub

TLJH keeps its own authenticator and spawner (SystemdSpawner: one OS user and one systemd
unit per participant); this file only adds what followkit needs:

- every participant opens the coaching notebook (or the workshop) on login: the default URL
  is an nbgitpuller link that copies the notebooks into ``~/followkit`` on first login and
  merges updates later without overwriting a participant's own edits;
- every participant's follow-up log is their own file (``FOLLOWKIT_LOG``), in their own home;
- a workshop drop folder (``FOLLOWKIT_WORKSHOP_DROP``) every participant's workshop notebook
  writes its one file into, and the facilitator's notebook reads. Like nbgrader's exchange
  "inbound" folder it is write-only for participants: mode 1773 (sticky), so a participant can
  add and replace their own file but cannot list, read or delete anyone else's; the
  facilitators' group (owner group of the folder) reads them all.

Settings come from environment variables of the hub process, so one file serves TLJH, a plain
``jupyterhub -f`` on one machine, and the test in ``tests/deploy/`` (which loads this file):

FOLLOWKIT_REPO          git URL nbgitpuller pulls the notebooks from (the career center's fork)
FOLLOWKIT_BRANCH        branch to pull (default ``main``)
FOLLOWKIT_NOTEBOOK      notebook to open, relative to the repository (default
                        ``notebooks/coach.ipynb``; ``notebooks/workshop.ipynb`` for a workshop)
FOLLOWKIT_LOG_TEMPLATE  where each participant's log lives; ``{username}`` is the hub user name
                        (default TLJH's home folders: ``/home/jupyter-{username}/...``)
FOLLOWKIT_WORKSHOP_DROP the workshop drop folder (default ``/srv/followkit/workshop-drop``);
                        made at hub start if missing
FOLLOWKIT_FACILITATORS  the OS group that may read the drop folder (default TLJH's admins,
                        ``jupyterhub-admins``)
"""

import grp
import os
from urllib.parse import urlencode

c = get_config()  # noqa: F821 - injected by JupyterHub's config loader

REPO = os.environ.get("FOLLOWKIT_REPO", "https://github.com/career-center/followkit")
BRANCH = os.environ.get("FOLLOWKIT_BRANCH", "main")
NOTEBOOK = os.environ.get("FOLLOWKIT_NOTEBOOK", "notebooks/coach.ipynb")
LOG_TEMPLATE = os.environ.get(
    "FOLLOWKIT_LOG_TEMPLATE", "/home/jupyter-{username}/followkit-data/followups.csv"
)
CHECKOUT = "followkit"  # the folder nbgitpuller makes in each participant's home


def _git_pull_url() -> str:
    """The nbgitpuller path that pulls the notebooks, then opens the chosen one in Lab."""
    query = urlencode({
        "repo": REPO,
        "branch": BRANCH,
        "targetpath": CHECKOUT,
        "urlpath": f"lab/tree/{CHECKOUT}/{NOTEBOOK}",
    })
    return f"/git-pull?{query}"


def _log_path(spawner) -> str:
    """The participant's own follow-up log: a file in their home, never a shared one."""
    return spawner.format_string(LOG_TEMPLATE)


DROP = os.environ.get("FOLLOWKIT_WORKSHOP_DROP", "/srv/followkit/workshop-drop")
FACILITATORS = os.environ.get("FOLLOWKIT_FACILITATORS", "jupyterhub-admins")
#: rwx for the owner and the facilitators' group; write and enter, not list, for everyone else;
#: sticky, so only a file's owner can replace or remove it.
DROP_MODE = 0o1773


def _make_drop_folder(path: str, group: str) -> None:
    """Create the drop folder with its mode; hand it to the facilitators' group when we may."""
    os.makedirs(path, exist_ok=True)
    try:
        os.chown(path, -1, grp.getgrnam(group).gr_gid)
    except (KeyError, PermissionError):
        pass  # no such group here (a test, a laptop): the hub's own user reads the folder
    os.chmod(path, DROP_MODE)


try:
    _make_drop_folder(DROP, FACILITATORS)
except OSError as exc:  # the hub still serves; the workshop notebook says where it cannot write
    print(f"followkit: could not prepare the workshop drop folder {DROP}: {exc}")

c.Spawner.default_url = _git_pull_url()
# update(), not "=": other files in jupyterhub_config.d may add variables of their own.
c.Spawner.environment.update({"FOLLOWKIT_LOG": _log_path, "FOLLOWKIT_WORKSHOP_DROP": DROP})
# A server needs ~6 CPU-seconds to start (docs/deploy.md): twenty participants logging in
# within the same minute on two cores wait up to ~1 min each. Give them time, not an error.
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 300
