"""The shipped hub settings agree with each other: same notebook, same checkout, own logs."""

from __future__ import annotations

import stat
import tempfile
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import yaml
from traitlets.config import Config, PyFileConfigLoader

from tests.deploy.hub import SHIPPED_CONFIG, deploy_script

VALUES = SHIPPED_CONFIG.parent / "values.yaml"


def _tljh_config(monkeypatch, **env) -> Config:
    for name in ("FOLLOWKIT_REPO", "FOLLOWKIT_BRANCH", "FOLLOWKIT_NOTEBOOK",
                 "FOLLOWKIT_LOG_TEMPLATE"):
        monkeypatch.delenv(name, raising=False)
    # The config makes the drop folder when loaded: never /srv/... on the test machine.
    env.setdefault("FOLLOWKIT_WORKSHOP_DROP",
                   str(Path(tempfile.mkdtemp(prefix="fk-hub-")) / "workshop-drop"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    loader = PyFileConfigLoader(SHIPPED_CONFIG.name, path=str(SHIPPED_CONFIG.parent))
    return loader.load_config()


def _spawner(username: str):
    return SimpleNamespace(format_string=lambda text: text.format(username=username))


def test_tljh_config_gives_each_participant_a_log_in_their_own_home(monkeypatch):
    config = _tljh_config(monkeypatch)
    log_path = config.Spawner.environment.get_value({})["FOLLOWKIT_LOG"]
    assert log_path(_spawner("ana")) == "/home/jupyter-ana/followkit-data/followups.csv"
    assert log_path(_spawner("ben")) == "/home/jupyter-ben/followkit-data/followups.csv"


def test_tljh_config_opens_the_workshop_notebook_from_the_centers_fork_when_told(monkeypatch):
    config = _tljh_config(monkeypatch, FOLLOWKIT_REPO="https://example.org/fk.git",
                          FOLLOWKIT_NOTEBOOK="notebooks/workshop.ipynb")
    url = urlsplit(config.Spawner.default_url)
    assert url.path == "/git-pull"
    assert parse_qs(url.query) == {
        "repo": ["https://example.org/fk.git"], "branch": ["main"],
        "targetpath": ["followkit"], "urlpath": ["lab/tree/followkit/notebooks/workshop.ipynb"],
    }


def test_tljh_default_url_is_the_facilitators_link_without_the_hub_prefix(monkeypatch):
    config = _tljh_config(monkeypatch, FOLLOWKIT_REPO="https://example.org/fk.git")
    link = deploy_script("nbgitpuller_link").workshop_link("https://hub.example.org",
                                                           "https://example.org/fk.git")
    assert link == "https://hub.example.org/hub/user-redirect" + config.Spawner.default_url


def test_kubernetes_values_pull_the_same_checkout_and_open_the_same_notebook(monkeypatch):
    values = yaml.safe_load(VALUES.read_text(encoding="utf-8"))["singleuser"]
    tljh = _tljh_config(monkeypatch)
    urlpath = parse_qs(urlsplit(tljh.Spawner.default_url).query)["urlpath"][0]
    assert values["defaultUrl"] == "/" + urlpath
    command = values["lifecycleHooks"]["postStart"]["exec"]["command"]
    assert command[0] == "gitpuller"
    assert command[3] == "followkit"
    assert values["defaultUrl"].startswith(f"/lab/tree/{command[3]}/")


def test_kubernetes_values_keep_each_log_on_the_participants_own_volume():
    values = yaml.safe_load(VALUES.read_text(encoding="utf-8"))["singleuser"]
    assert values["extraEnv"]["FOLLOWKIT_LOG"].startswith("/home/jovyan/")
    assert values["storage"]["capacity"]
    assert "static" not in values["storage"]  # a shared volume would put every log together


def test_kubernetes_login_lets_nobody_in_until_the_facilitator_sets_a_password():
    hub = yaml.safe_load(VALUES.read_text(encoding="utf-8"))["hub"]["config"]
    assert hub["JupyterHub"]["authenticator_class"] != "dummy"
    assert hub["SharedPasswordAuthenticator"]["user_password"] is None
    assert hub["Authenticator"].get("allow_all") is not True


def test_the_hub_makes_a_write_only_drop_folder_and_tells_every_server_where_it_is(
        monkeypatch, tmp_path):
    drop = tmp_path / "room" / "drop"
    config = _tljh_config(monkeypatch, FOLLOWKIT_WORKSHOP_DROP=str(drop))
    assert stat.S_IMODE(drop.stat().st_mode) == 0o1773
    assert config.Spawner.environment.get_value({})["FOLLOWKIT_WORKSHOP_DROP"] == str(drop)
