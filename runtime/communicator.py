"""Communicators for modules with collectives: MPI, and N devices as threads of one process.

The generated C calls collectives through the table of `hlox_comm.h`, which it receives
as the entry after its last parameter. The two implementations are support libraries
(`hlox_comm_threads.c` built with the system C compiler, `hlox_comm_mpi.c` with the MPI
compiler wrapper), each built once per machine into the compile cache; one compiled
module runs with either.

`CollectivePlan` is what code generation records about a module's collectives (it is
stored with the compiled library): the device count, each collective's name and the
group sets the C refers to by number.
"""
from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from cffi import FFI

from hlox.ir.errors import HloError

from .build import CBuildError, c_compiler

DEFAULT_TIMEOUT_S = 60.0  # HLOX_COLLECTIVE_TIMEOUT overrides it


def default_timeout() -> float:
    """Seconds a device waits in a collective for the others before failing."""
    value = os.environ.get("HLOX_COLLECTIVE_TIMEOUT")
    try:
        return float(value) if value else DEFAULT_TIMEOUT_S
    except ValueError:
        raise HloError(f"HLOX_COLLECTIVE_TIMEOUT={value!r} is not a number of seconds") from None
RUNTIME_DIR = Path(__file__).parent
MPI_MISSING = ("no MPI found: install hlox's `mpi` extra (pip install 'hlox[mpi]', the mpich "
               "wheel), or put a system MPI's mpicc and mpiexec on PATH")


class CollectiveError(HloError):
    """A collective failed: a device timed out or never arrived, or devices disagree.
    (It has no place in a file: the message is all.)"""

    def __str__(self) -> str:
        return self.message


class MpiNotFound(CollectiveError):
    """A run that needs MPI, on a machine without one."""


@dataclass(frozen=True)
class CollectivePlan:
    """A module's collectives, as its C refers to them.

    `group_sets[k]` = (group of each device, position of each device in its group) for
    the set the C calls `k`; `names[op]` names collective number `op` in messages."""

    num_replicas: int
    num_partitions: int
    names: tuple[str, ...]
    group_sets: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]

    @property
    def num_devices(self) -> int:
        return self.num_replicas * self.num_partitions

    def table(self):
        """The group sets as one int32 array (sets x 2 x devices), as the C wants them."""
        import numpy as np

        n = self.num_devices
        return np.array(self.group_sets, np.int32).reshape(len(self.group_sets) * 2 * n)

    def to_json(self) -> dict:
        return {"num_replicas": self.num_replicas, "num_partitions": self.num_partitions,
                "names": list(self.names),
                "group_sets": [[list(c), list(p)] for c, p in self.group_sets]}

    @staticmethod
    def from_json(data: dict) -> "CollectivePlan":
        return CollectivePlan(data["num_replicas"], data["num_partitions"], tuple(data["names"]),
                              tuple((tuple(c), tuple(p)) for c, p in data["group_sets"]))


# ---------------------------------------------------------------- finding MPI

@dataclass(frozen=True)
class MpiTools:
    mpicc: str
    mpiexec: str


@functools.lru_cache(maxsize=None)
def find_mpi() -> MpiTools | None:
    """mpicc and mpiexec: $HLOX_MPICC / $HLOX_MPIEXEC, else the mpich wheel's (installed
    beside this Python, found through its package record), else the ones on PATH."""
    found = {}
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        try:
            dist = distribution("mpich")
            for f in dist.files or ():
                if f.name in ("mpicc", "mpiexec") and f.parent.name == "bin":
                    found.setdefault(f.name, str(Path(dist.locate_file(f)).resolve()))
        except PackageNotFoundError:
            pass
    except ImportError:
        pass
    tools = {}
    for name, variable in (("mpicc", "HLOX_MPICC"), ("mpiexec", "HLOX_MPIEXEC")):
        tools[name] = os.environ.get(variable) or found.get(name) or shutil.which(name)
    if not all(tools.values()) or not all(os.access(p, os.X_OK) for p in tools.values()):
        return None
    return MpiTools(tools["mpicc"], tools["mpiexec"])


def require_mpi() -> MpiTools:
    tools = find_mpi()
    if tools is None:
        raise MpiNotFound(MPI_MISSING)
    return tools


# ---------------------------------------------------------------- the support libraries

_SOURCES = {"threads": "hlox_comm_threads.c", "mpi": "hlox_comm_mpi.c"}
_HEADERS = ("hlox_comm.h", "hlox_comm_common.h")
_build_lock = threading.Lock()


def _support_library(kind: str) -> Path:
    """The built support library `kind` ("threads" or "mpi"), in the compile cache under
    a name that digests its sources and compiler (built when missing, atomically)."""
    from hlox.cache import cache_dir, digest

    compiler = [require_mpi().mpicc] if kind == "mpi" else c_compiler()
    sources = [(RUNTIME_DIR / name).read_bytes() for name in (_SOURCES[kind], *_HEADERS)]
    key = digest(kind, " ".join(compiler), *sources)[:24]
    root = cache_dir()
    folder = (root if root is not None else Path(tempfile.gettempdir()) / "hlox") / "support"
    target = folder / f"libhlox_comm_{kind}-{key}.so"
    with _build_lock:
        if target.exists():
            return target
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".so")
        os.close(fd)
        cmd = [*compiler,
               "-O3", "-march=native",  # the reductions and copies vectorise
               "-fPIC", "-shared", "-std=gnu11",
               "-pthread",              # the in-process barriers; MPI's progress threads
               f"-I{RUNTIME_DIR}", "-o", tmp, str(RUNTIME_DIR / _SOURCES[kind])]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        except (OSError, subprocess.TimeoutExpired) as e:
            Path(tmp).unlink(missing_ok=True)
            raise CBuildError(f"could not build the {kind} communicator: {e}") from None
        if proc.returncode != 0:
            Path(tmp).unlink(missing_ok=True)
            raise CBuildError(f"building the {kind} communicator failed:\n{proc.stderr[-4000:]}")
        os.replace(tmp, target)
    return target


_COMM_CDEF = """
typedef struct hlox_comm hlox_comm;
typedef struct group group;
"""
_THREADS_CDEF = _COMM_CDEF + """
group *hlox_threads_create(int n, int n_sets, const int32_t *table, int n_ops,
                           const char *const *names, double timeout_s);
hlox_comm *hlox_threads_device(group *g, int d);
const char *hlox_threads_error(group *g);
void hlox_threads_destroy(group *g);
"""
_MPI_CDEF = _COMM_CDEF + """
int hlox_mpi_world(int *rank, int *size);
hlox_comm *hlox_mpi_create(int n_sets, const int32_t *table, int n_ops,
                           const char *const *names, const char *program, double timeout_s,
                           char *error, int error_len);
const char *hlox_mpi_error(hlox_comm *c);
int hlox_mpi_broken(hlox_comm *c);
void hlox_mpi_finish(int failed);
"""


@functools.lru_cache(maxsize=None)
def _library(kind: str):
    ffi = FFI()
    ffi.cdef(_THREADS_CDEF if kind == "threads" else _MPI_CDEF)
    return ffi, ffi.dlopen(str(_support_library(kind)))


def _names(ffi, plan: CollectivePlan):
    """A C array of the collectives' names (and the cdata that keep them alive)."""
    keep = [ffi.new("char[]", name.encode()) for name in plan.names]
    return ffi.new("char *[]", keep or [ffi.NULL]), keep


class InProcessGroup:
    """N devices as threads of this process: `device(d)` is device d's communicator."""

    def __init__(self, plan: CollectivePlan, timeout: float | None = None):
        timeout = default_timeout() if timeout is None else timeout
        self.plan = plan
        ffi, lib = self._ffi, self._lib = _library("threads")
        self._table = plan.table()
        names, keep = _names(ffi, plan)
        self._group = lib.hlox_threads_create(
            plan.num_devices, len(plan.group_sets), ffi.from_buffer("int32_t[]", self._table),
            len(plan.names), names, float(timeout))
        if self._group == ffi.NULL:
            raise MemoryError("could not create the in-process communicator")

    def device(self, d: int) -> "DeviceCommunicator":
        return DeviceCommunicator(self._lib.hlox_threads_device(self._group, d), self)

    def error(self) -> str:
        return self._ffi.string(self._lib.hlox_threads_error(self._group)).decode()

    def close(self) -> None:
        if self._group is not None:
            self._lib.hlox_threads_destroy(self._group)
            self._group = None

    def __del__(self):
        self.close()


@dataclass(frozen=True)
class DeviceCommunicator:
    """One device of an InProcessGroup: what an executable call is handed."""

    handle: object
    group: InProcessGroup

    def error(self) -> str:
        return self.group.error()


# ---------------------------------------------------------------- MPI

_mpi_state = {"failed": False, "registered": False}


def abort_at_exit() -> None:
    """This rank failed: end the MPI job at exit (MPI_Abort) rather than finalize."""
    _mpi_state["failed"] = True


def mpi_world() -> tuple[int, int]:
    """(rank, size) of MPI_COMM_WORLD, initialising MPI (once) if nobody has."""
    ffi, lib = _library("mpi")
    rank, size = ffi.new("int *"), ffi.new("int *")
    if lib.hlox_mpi_world(rank, size):
        raise CollectiveError("MPI_Init_thread failed")
    if not _mpi_state["registered"]:
        _mpi_state["registered"] = True
        atexit.register(lambda: lib.hlox_mpi_finish(int(_mpi_state["failed"])))
    return rank[0], size[0]


class MpiCommunicator:
    """This rank's communicator of one executable (collective: every rank makes it)."""

    def __init__(self, plan: CollectivePlan, program: str, timeout: float | None = None):
        timeout = default_timeout() if timeout is None else timeout
        rank, size = mpi_world()
        if size != plan.num_devices:
            raise CollectiveError(f"{program} runs on {plan.num_devices} devices, but MPI has "
                                  f"{size} processes (launch it with mpiexec -n "
                                  f"{plan.num_devices}, or `hlox run --nprocs "
                                  f"{plan.num_devices}`)")
        ffi, lib = self._ffi, self._lib = _library("mpi")
        self.rank, self.plan = rank, plan
        self._table = plan.table()
        names, keep = _names(ffi, plan)
        error = ffi.new("char[]", 4096)
        self.handle = lib.hlox_mpi_create(
            len(plan.group_sets), ffi.from_buffer("int32_t[]", self._table), len(plan.names),
            names, program.encode()[:255], float(timeout), error, 4096)
        if self.handle == ffi.NULL:
            _mpi_state["failed"] = True
            raise CollectiveError(ffi.string(error).decode())

    def error(self) -> str:
        _mpi_state["failed"] = True  # pending MPI requests: the job must abort at exit
        return self._ffi.string(self._lib.hlox_mpi_error(self.handle)).decode()
