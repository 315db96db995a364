"""The notebooks' widgets (ipywidgets is imported only when a screen is made).

``followkit.ui.history`` holds the history notebook's screen.
"""
