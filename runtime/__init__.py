"""hlox.runtime: the CPU device, the C build step, loaded executables."""
from .build import CBuildError, build_shared_library
from .device import CpuDevice
from .executable import Executable, Signature

__all__ = ["CBuildError", "CpuDevice", "Executable", "Signature", "build_shared_library"]
