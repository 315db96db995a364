"""ipywidgets front ends for the notebooks; ipywidgets is imported only inside this package."""
