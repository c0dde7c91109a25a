"""The CPU device: where executables run, and with how many threads."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CpuDevice:
    """This machine's CPU. `threads` is the OpenMP thread count compiled code uses."""

    threads: int

    @staticmethod
    def default() -> "CpuDevice":
        from hlox.options import CompileOptions

        return CpuDevice(CompileOptions().threads)

    def compile(self, module_or_text, options=None):
        """hlox.compile with this device's thread count."""
        from hlox.driver import compile as compile_module
        from hlox.options import CompileOptions

        options = (options or CompileOptions()).replace(threads=self.threads)
        return compile_module(module_or_text, options)

    @staticmethod
    def put(array) -> np.ndarray:
        """A buffer on this device: a C-contiguous numpy array (no copy if it already is one)."""
        return np.ascontiguousarray(array) if np.ndim(array) else np.array(array)
