"""``python -m followkit report LOG.csv --html OUT.html``: the history notebook, printed.

The notebook runs with papermill (``log_path``, ``now``, ``tz`` and ``interactive=False``
as parameters), then nbconvert writes one self-contained HTML file: no code cells, the
charts embedded as PNG data, no script or style fetched from the internet.
"""

from __future__ import annotations

import re
import tempfile
from datetime import datetime
from pathlib import Path

from followkit._atomic import write_atomic
from followkit.errors import ReportError, import_optional

__all__ = ["HISTORY_NOTEBOOK", "render_html_report"]

#: The notebook the report renders (present in a repository checkout).
HISTORY_NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "history.ipynb"
_NOTEBOOK_ONLY = "notebook-only"
_REMOTE_SCRIPT = re.compile(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>\s*')


def _local_kernel_manager(folder: str):
    """A kernel manager whose kernel talks over Unix sockets in ``folder``, not TCP.

    The report's kernel then opens no network port, and ipykernel has no reason to warn
    that it runs "over TCP without encryption". On Windows (no Unix sockets): the default.
    """
    import os

    from jupyter_client.manager import KernelManager
    from traitlets import default

    if os.name == "nt":
        return KernelManager

    class ReportKernelManager(KernelManager):
        @default("transport")
        def _default_transport(self):
            return "ipc"

        @default("ip")
        def _default_ip(self):
            return os.path.join(folder, "kernel")

    return ReportKernelManager


def _execute(log_path: Path, now: datetime, tz, timeout: int):
    papermill = import_optional("papermill", "the HTML report")
    import_optional("nbconvert", "the HTML report")

    parameters = {"log_path": str(log_path), "now": now.isoformat(), "tz": tz,
                  "interactive": False}
    with tempfile.TemporaryDirectory(prefix="followkit-report-") as folder:
        try:
            return papermill.execute_notebook(
                str(HISTORY_NOTEBOOK), str(Path(folder) / "history.ipynb"),
                parameters=parameters, cwd=str(HISTORY_NOTEBOOK.parent), progress_bar=False,
                kernel_name="python3", execution_timeout=timeout,
                kernel_manager_class=_local_kernel_manager(folder))
        except papermill.PapermillExecutionError as exc:
            raise ReportError(f"the report notebook failed at cell {exc.exec_count} "
                              f"({exc.ename}: {exc.evalue}); nothing was written.") from None


def _html(notebook) -> str:
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags={_NOTEBOOK_ONLY}, enabled=True), enabled=True)
    body, _resources = exporter.from_notebook_node(notebook)
    return _REMOTE_SCRIPT.sub("", body)  # MathJax/require.js from a CDN: not needed offline


def render_html_report(log_path, out_path, *, now: datetime, tz=None,
                       timeout: int = 600) -> Path:
    """Render the history notebook for ``log_path`` as of ``now`` into ``out_path``.

    The file is written atomically; on any failure the old ``out_path`` stays as it was.
    """
    if not HISTORY_NOTEBOOK.is_file():
        raise ReportError(f"the history notebook is not at {HISTORY_NOTEBOOK}; the HTML "
                          "report needs a followkit checkout with its notebooks/ folder.")
    out_path = Path(out_path)
    html = _html(_execute(Path(log_path).resolve(), now, tz, timeout))
    try:
        return write_atomic(out_path, html)
    except OSError as exc:
        raise ReportError(f"cannot write {out_path} ({exc.strerror}); choose a folder "
                          "you can write to.") from None
