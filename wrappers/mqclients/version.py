"""The package's version: the one place it is written (pyproject.toml reads it from here at build time).

``mqclients`` is a namespace package (PEP 420) spread over generated/ and wrappers/, so it has no ``__init__`` to
carry ``mqclients.__version__``; read it here, or from the installed metadata:

    from mqclients.version import __version__
    importlib.metadata.version("mqclients")
"""

__version__ = "0.1.0"
