"""hlox.runtime: the CPU device, the C build step, loaded executables.

Names are imported from their modules on first use (a cache hit needs the executable,
not the C build)."""
from __future__ import annotations

from hlox.lazy import lazy_attributes

_LAZY = {"CBuildError": "hlox.runtime.build", "build_shared_library": "hlox.runtime.build",
         "CpuDevice": "hlox.runtime.device",
         "Executable": "hlox.runtime.executable", "Signature": "hlox.runtime.executable"}
__getattr__ = lazy_attributes(__name__, _LAZY)


__all__ = sorted(_LAZY)
