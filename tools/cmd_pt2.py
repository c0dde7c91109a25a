"""`hlox compile model.pt2`, `hlox run model.pt2`: programs saved with torch.export.save.

    module = load_pt2("model.pt2")     # entry(arg0, arg1, ...) -> (out0, out1, ...)

Weights (parameters, buffers, constants) are embedded in the module as constants,
so the module runs from the user inputs alone, named `arg0, ...` in the program's
input order, like any HLO file. `load_pt2_with_weights` keeps them as leading
entry parameters instead (for programs too big to embed).
"""
from __future__ import annotations

import os

import numpy as np

from hlox.ir.errors import HloError


class Pt2Error(HloError):
    """A .pt2 file that cannot be read or translated."""


def _frontend():
    try:
        from hlox.frontends.torch import export
    except ImportError as e:
        raise Pt2Error(f".pt2 programs need PyTorch: pip install 'hlox[torch]' ({e})") from None
    return export


def _load(path, embed_weights: bool):
    export = _frontend()
    path = os.fspath(path)
    try:
        return export.load_pt2_program(path, embed_weights=embed_weights)
    except HloError:
        raise
    except FileNotFoundError:
        raise Pt2Error("no such file", filename=path) from None
    except Exception as e:  # noqa: BLE001 - torch.export / lowering errors, shown as one line
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        raise Pt2Error(f"cannot import the program: {type(e).__name__}: {first}",
                       filename=path) from None


def load_pt2(path: str | os.PathLike):
    """The program as a ModuleOp whose entry takes the user inputs (weights embedded)."""
    return _load(path, embed_weights=True).module


def load_pt2_with_weights(path: str | os.PathLike):
    """(module, weights): the entry takes `*weights, *user_inputs`."""
    program = _load(path, embed_weights=False)
    return program.module, program.weights


def run_pt2(path: str | os.PathLike, inputs: list[np.ndarray], options=None):
    """Compile and run a .pt2 program on user inputs; returns the tuple of outputs."""
    import hlox
    module = load_pt2(path)
    return hlox.compile(module, options)(*inputs)
