"""hlox: an XLA-style graph compiler for the CPU.

    import hlox
    exe = hlox.compile(hlo_text)          # -> hlox.Executable
    out = exe(x, y)                       # numpy arrays in, numpy arrays out

The JAX-like API (`hlox.jit`, `hlox.grad`, `hlox.vmap`, `hlox.numpy`, ...) and the
torch backend are imported on first use, so `import hlox` stays light.
"""
from __future__ import annotations

import importlib

from .options import CompileOptions

__version__ = "0.1.0"

# name -> module that defines it, imported when first asked for.
_LAZY = {
    "compile": "hlox.driver",
    "Executable": "hlox.runtime.executable",
    **{name: "hlox.frontends.tracer" for name in (
        "jit", "grad", "value_and_grad", "vjp", "jvp", "vmap", "Array", "jacfwd", "jacrev",
        "hessian", "custom_jvp", "eval_shape", "make_jaxpr", "shard_map", "pmap")},
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hlox' has no attribute '{name}'")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["CompileOptions", "__version__", *_LAZY]
