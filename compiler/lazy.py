"""Module attributes imported on first use (PEP 562), so importing a package stays light.

    _LAZY = {"compile": "hlox.driver", ...}       # name -> module that defines it
    __getattr__ = lazy_attributes(__name__, _LAZY)
"""
from __future__ import annotations

import importlib
import sys


def lazy_attributes(package: str, table: dict[str, str]):
    def __getattr__(name: str):
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value
    return __getattr__
