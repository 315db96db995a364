"""The browser keeps the participant's id, so a reload or a second export is the same person.

:class:`BrowserId` is a tiny anywidget: on first show it stores the kernel's fresh id in the
browser's ``localStorage`` (per Jupyter server and user); when the page is reloaded, the new
kernel's widget finds the stored id and reports it back as ``browser_id``, and the workshop
adopts it (bringing back the saved work). With no browser (tests, nbval) nothing is reported
and the id made once per kernel is kept.
"""

from __future__ import annotations

import anywidget
import traitlets

__all__ = ["BrowserId"]

_ESM = """
function scope() {
  const m = window.location.pathname.match(/^(.*?\\/user\\/[^/]+\\/)/);
  return m ? m[1] : "/";
}
function render({ model, el }) {
  const key = "followkit-workshop-participant:" + scope();
  let stored = null;
  try { stored = window.localStorage.getItem(key); } catch (e) { stored = null; }
  const mine = model.get("participant");
  if (stored && /^p-[0-9a-f]{8,32}$/.test(stored)) {
    model.set("browser_id", stored);
  } else {
    try { window.localStorage.setItem(key, mine); } catch (e) { /* private mode */ }
    model.set("browser_id", mine);
  }
  model.save_changes();
  const show = () => { el.textContent = model.get("message"); };
  model.on("change:message", show);
  show();
}
export default { render };
"""


class BrowserId(anywidget.AnyWidget):
    """Syncs ``participant`` (the kernel's id) and ``browser_id`` (the one the browser kept)."""

    _esm = _ESM
    participant = traitlets.Unicode("").tag(sync=True)
    browser_id = traitlets.Unicode("").tag(sync=True)
    message = traitlets.Unicode("").tag(sync=True)
