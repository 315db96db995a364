"""The nbgitpuller link a facilitator sends: right hub path, right query, clear errors."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.deploy.hub import deploy_script

link_module = deploy_script("nbgitpuller_link")


def test_link_goes_through_the_hubs_user_redirect_to_git_pull():
    link = link_module.workshop_link("https://hub.example.org/", "https://example.org/fk.git")
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc) == ("https", "hub.example.org")
    assert parts.path == "/hub/user-redirect/git-pull"
    assert parse_qs(parts.query) == {
        "repo": ["https://example.org/fk.git"], "branch": ["main"],
        "targetpath": ["followkit"], "urlpath": ["lab/tree/followkit/notebooks/coach.ipynb"],
    }


def test_link_opens_the_workshop_notebook_on_another_branch_when_asked():
    link = link_module.workshop_link("https://hub.example.org", "https://example.org/fk.git",
                                     branch="spring-cohort", notebook="notebooks/workshop.ipynb")
    query = parse_qs(urlsplit(link).query)
    assert query["branch"] == ["spring-cohort"]
    assert query["urlpath"] == ["lab/tree/followkit/notebooks/workshop.ipynb"]


def test_hub_address_without_scheme_is_refused_with_advice():
    with pytest.raises(ValueError, match=r"must start with https://.*'hub.example.org'"):
        link_module.workshop_link("hub.example.org", "https://example.org/fk.git")


def test_command_prints_the_link_and_exits_2_on_a_bad_notebook(capsys):
    assert link_module.main(["https://hub.example.org", "https://example.org/fk.git"]) == 0
    assert capsys.readouterr().out.startswith("https://hub.example.org/hub/user-redirect/")
    assert link_module.main(["https://hub.example.org", "r", "--notebook", "coach.txt"]) == 2
    assert "must be a .ipynb path" in capsys.readouterr().err
