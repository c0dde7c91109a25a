"""hlox: an XLA-style graph compiler for the CPU.

    import hlox
    exe = hlox.compile(hlo_text)          # -> hlox.Executable
    out = exe(x, y)                       # numpy arrays in, numpy arrays out

The JAX-like API (`hlox.jit`, `hlox.grad`, `hlox.vmap`, `hlox.numpy`, ...) and the
torch backend are imported on first use, so `import hlox` stays light.
"""
from __future__ import annotations

import time

from .lazy import lazy_attributes
from .options import CompileOptions

__version__ = "0.1.0"


def compile(module_or_text, options: CompileOptions | None = None, *,
            filename: str = "<string>"):
    """Compile an HLO module (text or parsed) for this CPU (`hlox.driver.compile`).

    Timed from here: the compile's stats count the import of the driver too."""
    started = time.perf_counter()
    from .driver import compile as compile_module
    return compile_module(module_or_text, options, filename=filename, started=started)


# name -> module that defines it, imported when first asked for.
_LAZY = {
    "Executable": "hlox.runtime.executable",
    "from_jax": "hlox.frontends.jax_interop",
    **{name: "hlox.frontends.tracer" for name in (
        "jit", "grad", "value_and_grad", "vjp", "jvp", "vmap", "Array", "jacfwd", "jacrev",
        "hessian", "custom_jvp", "eval_shape", "make_jaxpr", "shard_map", "pmap")},
}
__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = ["CompileOptions", "__version__", "compile", *_LAZY]
