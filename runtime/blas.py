"""Which BLAS a module's GEMMs call.

Every module that has GEMMs links scipy-openblas32's CBLAS (runtime/build.py) and calls it
by default. In a process where PyTorch is loaded, they call the MKL inside libtorch_cpu
instead (its Fortran `sgemm_` / `dgemm_`, single-threaded through
`MKL_Set_Num_Threads_Local`, its C interface: the lowercase name takes a pointer): eager PyTorch's own GEMMs, 3-17% faster than OpenBLAS on
the single-threaded blocks hlox calls for GPT-shaped layers (128x256x768, 128x1024x256 on
this machine), and one BLAS in the process instead of two. The choice is made when a
library is loaded (`Executable`), so one compiled module serves both processes; torch is
never imported for it.
"""
from __future__ import annotations

import ctypes
import os
import sys

OPENBLAS = "scipy-openblas32"
TORCH_MKL = "MKL (PyTorch's)"
_found: tuple | None = None  # (sgemm_, dgemm_, MKL_Set_Num_Threads_Local) once found


def process_blas() -> tuple[str, tuple | None]:
    """(name, the three function addresses, or None for the linked OpenBLAS)."""
    global _found
    if _found is None:
        torch = sys.modules.get("torch")
        if torch is None or getattr(torch, "__file__", None) is None or \
                os.environ.get("HLOX_BLAS") == "openblas":
            return OPENBLAS, None
        path = os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so")
        try:
            lib = ctypes.CDLL(path, mode=os.RTLD_NOLOAD | os.RTLD_LOCAL)
            _found = tuple(ctypes.cast(getattr(lib, name), ctypes.c_void_p).value
                           for name in ("sgemm_", "dgemm_", "MKL_Set_Num_Threads_Local"))
        except (OSError, AttributeError):  # not loaded yet, or a build without MKL
            return OPENBLAS, None
    return TORCH_MKL, _found
