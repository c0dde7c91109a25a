"""hlox.runtime: the C build step, loaded executables, the CPU device."""
from .build import CBuildError, build_shared_library
from .executable import Executable, Signature

__all__ = ["CBuildError", "Executable", "Signature", "build_shared_library"]
