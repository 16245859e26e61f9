"""dlviz's resources, installed as the package ``dlviz.resources``: the application
icon (icons/), example CSV files (examples/) and the freedesktop entry
(dlviz.desktop). Read them with ``importlib.resources.files("dlviz.resources")``."""
