"""Loaded executables: numpy arrays in, one C call, numpy arrays out."""
from __future__ import annotations

import threading
from dataclasses import dataclass

import _cffi_backend
import numpy as np

from hlox.ir.errors import HloError
from hlox.ir.shapes import ArrayShape, Shape, TupleShape

from . import blas, threads

# cffi's C-level FFI parses C types itself: `cffi.FFI().cdef` would import pycparser
# (~0.1 s, most of a cache hit's time). Same calls, same per-call cost.
_ffi = _cffi_backend.FFI()
_MAIN_TYPE = _ffi.typeof("int(*)(void **params, void **results, void *arena)")
# The same hlox_main, its parameters given as addresses (call_addresses): a uintptr_t is
# a void * on every target hlox builds for, and ints store into it without a cdata each.
_ADDRESS_MAIN_TYPE = _ffi.typeof("int(*)(uintptr_t *params, void **results, void *arena)")
ARENA_ALIGNMENT = 64


@dataclass(frozen=True)
class Signature:
    params: tuple[ArrayShape, ...]
    result: Shape  # the entry's result shape (a tuple shape for several outputs)

    @property
    def result_leaves(self) -> list[ArrayShape]:
        from hlox.ir.shapes import flatten_shape
        return flatten_shape(self.result)


_USE_BLAS_TYPE = _ffi.typeof("void(*)(void *, void *, void *)")


def _use_process_blas(lib) -> str | None:
    """Point the GEMMs of a loaded library at the process's BLAS (runtime/blas.py); the
    name of the BLAS they call, None for a library without GEMMs."""
    try:
        use_blas = lib.load_function(_USE_BLAS_TYPE, "hlox_use_blas")
    except AttributeError:  # no GEMM in the module
        return None
    name, functions = blas.process_blas()
    if functions is not None:
        use_blas(*(_ffi.cast("void *", f) for f in functions))
    return name


def _pointer(array: np.ndarray):
    if array.size == 0:
        return _ffi.NULL
    try:
        return _ffi.from_buffer(array)
    except TypeError:  # dtypes without the buffer protocol (bf16): same bytes as uint8
        return _ffi.from_buffer(array.reshape(-1).view(np.uint8))


def _rebuild(shape: Shape, leaves, position: list[int]):
    if isinstance(shape, ArrayShape):
        value = leaves[position[0]]
        position[0] += 1
        return value
    return tuple(_rebuild(e, leaves, position) for e in shape.elements)


class Executable:
    """A compiled module. Thread-safe: each thread gets its own arena."""

    def __init__(self, library_path: str, signature: Signature, arena_bytes: int, kernels: int,
                 name: str = "module", collectives=None):
        self.library_path = str(library_path)
        self.signature = signature
        self.arena_bytes = arena_bytes
        self.kernels = kernels
        self.name = name
        threads.configure()  # before the first module loads libgomp, which reads it once
        self._lib = _cffi_backend.load_library(self.library_path)
        threads.keep_openmp_loaded()
        self.blas = _use_process_blas(self._lib)
        self._main = self._lib.load_function(_MAIN_TYPE, "hlox_main")
        self._address_main = self._lib.load_function(_ADDRESS_MAIN_TYPE, "hlox_main")
        self._retired = []  # libraries replaced by `replace_library`, kept loaded
        self._param_checks = [(p.dims, p.np_dtype) for p in signature.params]
        self._result_specs = [(r.dims, r.np_dtype) for r in signature.result_leaves]
        self._local = threading.local()
        self._single_result = isinstance(signature.result, ArrayShape)
        # runtime.communicator.CollectivePlan of a module with collectives (runtime/spmd.py):
        # its hlox_main finds the communicator in params[len(params)]
        self.collectives = collectives
        self._mpi = None

    def replace_library(self, library_path: str) -> None:
        """Run another build of the same C from the next call on (a tiered build's
        optimised library, compiler/tiered.py). A call reads `_main` (or `_address_main`)
        once, so calls in flight finish in the old library, which is never unloaded."""
        lib = _cffi_backend.load_library(str(library_path))
        _use_process_blas(lib)
        main = lib.load_function(_MAIN_TYPE, "hlox_main")
        address_main = lib.load_function(_ADDRESS_MAIN_TYPE, "hlox_main")
        self._retired.append((self._lib, self._main, self._address_main))
        self._lib, self._main, self._address_main = lib, main, address_main
        self.library_path = str(library_path)

    def _thread_state(self):
        """Per-thread arena and pointer arrays, so concurrent calls never share memory."""
        state = getattr(self._local, "state", None)
        if state is None:
            arena, arena_ptr = None, _ffi.NULL
            if self.arena_bytes:
                arena = np.empty(self.arena_bytes + ARENA_ALIGNMENT, np.uint8)
                offset = (-arena.ctypes.data) % ARENA_ALIGNMENT
                arena_ptr = _ffi.from_buffer(arena[offset:])
            params = _ffi.new("void*[]", len(self._param_checks) + 1)
            results = _ffi.new("void*[]", max(len(self._result_specs), 1))
            addresses = _ffi.new("uintptr_t[]", len(self._param_checks) + 1)
            state = self._local.state = (arena, arena_ptr, params, results, addresses)
        return state

    def _bad_argument(self, i: int, array, where: str = "") -> HloError:
        array = np.asarray(array)
        return HloError(f"{where}parameter {i} of {self.name} must be "
                        f"{self.signature.params[i]}, given {array.dtype}{list(array.shape)}")

    def check_arguments(self, arrays, where: str = "") -> None:
        """The checks a call makes, without the call (run_devices checks every device's
        arguments before any device starts)."""
        if len(arrays) != len(self._param_checks):
            raise HloError(f"{where}{self.name} takes {len(self._param_checks)} arguments, "
                           f"given {len(arrays)}")
        for i, (array, (dims, dtype)) in enumerate(zip(arrays, self._param_checks)):
            if np.shape(array) != dims or np.asarray(array).dtype != dtype:
                raise self._bad_argument(i, array, where)

    @property
    def devices(self) -> int:
        """replica_count x num_partitions of a module with collectives, else 1."""
        return self.collectives.num_devices if self.collectives is not None else 1

    def __call__(self, *arrays):
        """Run the module. One of N > 1 devices (runtime/spmd.py): under mpiexec, this
        rank's device with its own arrays; otherwise every device in this process, with
        arrays and results stacked on a leading axis of N (entry d = device d's)."""
        if self._mpi is not None:  # this rank's communicator, made by the first call
            return self.call_with(self._mpi, arrays)
        if self.collectives is not None:
            from .spmd import call
            return call(self, arrays)
        return self.call_with(None, arrays)

    def run_devices(self, per_device_args, timeout: float | None = None):
        """All N devices of a module with collectives in this process, one thread each:
        device d runs with per_device_args[d], entry d of the result is its result (as
        hlox.ir.evaluator.evaluate_spmd)."""
        from .spmd import run_devices
        return run_devices(self, per_device_args, timeout)

    def call_with(self, comm, arrays):
        """One call with `comm` (a communicator with .handle and .error(), or None)."""
        if len(arrays) != len(self._param_checks):
            raise HloError(f"{self.name} takes {len(self._param_checks)} arguments, "
                           f"given {len(arrays)}")
        _, arena, params, outs, _ = self._thread_state()
        keep = []  # arguments copied to be contiguous must live until the call returns
        for i, (array, (dims, dtype)) in enumerate(zip(arrays, self._param_checks)):
            if type(array) is not np.ndarray:
                array = np.asarray(array)
            if array.shape != dims or array.dtype != dtype:
                raise self._bad_argument(i, array)
            if not array.flags.c_contiguous:  # copy only what is not contiguous
                array = np.ascontiguousarray(array)
                keep.append(array)
            params[i] = _pointer(array)
        if comm is not None:
            params[len(self._param_checks)] = comm.handle
        results = self._run(self._main, params, outs, arena, comm)
        if self._single_result:
            return results[0]
        return _rebuild(self.signature.result, results, [0])

    def call_addresses(self, addresses, comm=None) -> list[np.ndarray]:
        """One call on parameters given by address, its results flat (a list of arrays).

        The torch frontend's path: each address is the first element of a row-major
        array of its parameter's shape and dtype, alive until the call returns; nothing
        is checked (its signature key did that) and no numpy view is made."""
        _, arena, _, outs, params = self._thread_state()
        for i, address in enumerate(addresses):
            params[i] = address
        if comm is not None:
            params[len(self._param_checks)] = int(_ffi.cast("uintptr_t", comm.handle))
        return self._run(self._address_main, params, outs, arena, comm)

    def _run(self, main, params, outs, arena, comm) -> list[np.ndarray]:
        results = [np.empty(dims, dtype) for dims, dtype in self._result_specs]
        for j, result in enumerate(results):
            outs[j] = _pointer(result)
        status = main(params, outs, arena)
        if status != 0 and comm is not None:
            from .communicator import CollectiveError
            raise CollectiveError(f"{self.name}: {comm.error()}")
        if status != 0:
            raise HloError(f"{self.name}: the compiled code returned error {status}")
        return results

    def __repr__(self) -> str:
        params = ", ".join(str(p) for p in self.signature.params)
        return (f"<hlox.Executable {self.name}({params}) -> {self.signature.result}, "
                f"{self.kernels} kernels, arena {self.arena_bytes} B>")
