"""Dependencies point down: the layers of docs/architecture.md, held on every import.

Every ``import`` statement in ``followkit/`` counts, also one inside a function. Why a test
on ``ast`` rather than import-linter: one rule here is "import ``followkit.log`` but never
``followkit`` itself", and import-linter treats a package as including its sub-packages; this
test also names file and line for each import out of place.
"""

import ast
import re
from pathlib import Path

import pytest

import followkit

PACKAGE = Path(followkit.__file__).parent
ROOT_MODULES = {"model", "timing", "timetext", "errors", "_atomic", "_names", "_bounded_json"}
DOMAIN = {"letters", "checks", "log", "history", "exports", "workshop"}
TOP = {"ui", "cli"}

#: The sub-packages each domain package may import, besides the root modules.
MAY_USE = {
    "letters": set(),
    "checks": {"letters"},  # check_form and FK104/FK105 read notes as compose words them
    "log": {"checks"},
    "exports": {"letters"},
    "history": {"log", "checks"},
    "workshop": {"checks", "letters", "log", "history"},
    "cli": DOMAIN,
    "ui": DOMAIN,
}
#: Libraries a layer must not import, not even inside a function.
HEAVY = {"pandas", "numpy", "matplotlib", "ipywidgets", "IPython"}
MUST_NOT_USE = {
    **{name: HEAVY for name in ROOT_MODULES},
    "checks": HEAVY,
    "letters": HEAVY,
    "log": {"ipywidgets", "IPython"},
    "history": {"ipywidgets"},
    "exports": {"ipywidgets", "matplotlib"},
    "workshop": {"ipywidgets"},
    "cli": {"ipywidgets"},
}


def _imports(path: Path):
    """(line, module imported, inside a function?) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_function = {
        id(inner) for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, id(node) in in_function
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module, id(node) in in_function
        elif isinstance(node, ast.ImportFrom):
            yield node.lineno, "." * node.level + (node.module or ""), id(node) in in_function


def _layer(path: Path) -> str:
    """The sub-package a file is in, or a root module's own name."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


SOURCES = sorted(p for p in PACKAGE.rglob("*.py"))
ALL_IMPORTS = [(path, _layer(path), line, name, inner)
               for path in SOURCES for line, name, inner in _imports(path)]


def _where(path: Path, line: int, name: str) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"


def test_every_module_belongs_to_a_known_layer():
    layers = {layer for _, layer, *_ in ALL_IMPORTS} | {_layer(p) for p in SOURCES}
    assert layers <= ROOT_MODULES | DOMAIN | TOP | {"__init__", "__main__"}


def test_no_relative_imports():
    assert [_where(p, line, n) for p, _, line, n, _ in ALL_IMPORTS if n.startswith(".")] == []


def test_only_the_top_imports_the_public_face():
    """``import followkit`` / ``from followkit import x`` belong to ui/ and cli/ only."""
    wrong = [_where(p, line, name) for p, layer, line, name, _ in ALL_IMPORTS
             if name == "followkit" and layer not in TOP | {"__main__"}]
    assert wrong == []


def test_no_import_of_followkit_hides_inside_a_function():
    wrong = [_where(p, line, name) for p, _, line, name, inner in ALL_IMPORTS
             if inner and name == "followkit"]
    assert wrong == []


def test_root_modules_import_no_sub_package():
    wrong = [_where(p, line, name) for p, layer, line, name, _ in ALL_IMPORTS
             if layer in ROOT_MODULES and name.startswith("followkit.")
             and name.split(".")[1] not in ROOT_MODULES]
    assert wrong == []


@pytest.mark.parametrize("layer", sorted(MAY_USE))
def test_a_package_imports_only_the_packages_below_it(layer):
    allowed = MAY_USE[layer] | ROOT_MODULES | {layer}
    wrong = [_where(p, line, name) for p, src, line, name, _ in ALL_IMPORTS
             if src == layer and name.startswith("followkit.")
             and name.split(".")[1] not in allowed]
    assert wrong == []


@pytest.mark.parametrize("layer", sorted(MUST_NOT_USE))
def test_a_layer_does_not_import_the_libraries_it_must_not_know(layer):
    wrong = [_where(p, line, name) for p, src, line, name, _ in ALL_IMPORTS
             if src == layer and name.split(".")[0] in MUST_NOT_USE[layer]]
    assert wrong == []


def test_the_layers_have_no_cycle():
    order = ["letters", "checks", "log", "exports", "history", "workshop"]
    for i, layer in enumerate(order):
        assert MAY_USE[layer] <= set(order[:i]), layer


def test_the_architecture_page_draws_these_layers():
    page = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    for layer, allowed in MAY_USE.items():
        if layer in TOP:
            continue
        row = re.search(rf"^\| `{layer}/` \| (.*?) \|", page, re.MULTILINE)
        assert row is not None, f"docs/architecture.md has no row for {layer}/"
        assert set(re.findall(r"`(\w+)/`", row.group(1))) == allowed, layer


def _private_module_of_another_package(layer: str, name: str) -> bool:
    """``followkit.log._store`` seen from ui/: a helper module of another package."""
    parts = name.split(".")
    return (parts[0] == "followkit" and len(parts) > 2 and parts[1] != layer
            and any(part.startswith("_") for part in parts[2:]))


def _private_names_imported(path: Path):
    """(line, module, name) for ``from followkit.x import _name`` (a private module or name)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if alias.name.startswith("_"):
                    yield node.lineno, node.module, alias.name


@pytest.mark.parametrize("layer", sorted(TOP))
def test_the_top_uses_other_packages_by_their_public_names_only(layer):
    """ui/ and cli/ import ``followkit.log``, never ``followkit.log._store``."""
    wrong = [_where(p, line, name) for p, src, line, name, _ in ALL_IMPORTS
             if src == layer and _private_module_of_another_package(layer, name)]
    wrong += [_where(p, line, f"{module}.{name}") for p in SOURCES if _layer(p) == layer
              for line, module, name in _private_names_imported(p)
              if module.startswith("followkit.") and module.split(".")[1] != layer]
    assert wrong == []
