"""Loaded executables: numpy arrays in, one C call, numpy arrays out."""
from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
from cffi import FFI

from hlox.ir.errors import HloError
from hlox.ir.shapes import ArrayShape, Shape, TupleShape

from . import threads

_ffi = FFI()
_ffi.cdef("int hlox_main(void **params, void **results, void *arena);")
ARENA_ALIGNMENT = 64


@dataclass(frozen=True)
class Signature:
    params: tuple[ArrayShape, ...]
    result: Shape  # the entry's result shape (a tuple shape for several outputs)

    @property
    def result_leaves(self) -> list[ArrayShape]:
        from hlox.ir.shapes import flatten_shape
        return flatten_shape(self.result)


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
                 name: str = "module"):
        self.library_path = str(library_path)
        self.signature = signature
        self.arena_bytes = arena_bytes
        self.kernels = kernels
        self.name = name
        threads.configure()  # before the first module loads libgomp, which reads it once
        self._lib = _ffi.dlopen(self.library_path)
        self._main = self._lib.hlox_main
        self._param_checks = [(p.dims, p.np_dtype) for p in signature.params]
        self._result_specs = [(r.dims, r.np_dtype) for r in signature.result_leaves]
        self._local = threading.local()
        self._single_result = isinstance(signature.result, ArrayShape)

    def _thread_state(self):
        """Per-thread arena and pointer arrays, so concurrent calls never share memory."""
        state = getattr(self._local, "state", None)
        if state is None:
            arena, arena_ptr = None, _ffi.NULL
            if self.arena_bytes:
                arena = np.empty(self.arena_bytes + ARENA_ALIGNMENT, np.uint8)
                offset = (-arena.ctypes.data) % ARENA_ALIGNMENT
                arena_ptr = _ffi.from_buffer(arena[offset:])
            params = _ffi.new("void*[]", max(len(self._param_checks), 1))
            results = _ffi.new("void*[]", max(len(self._result_specs), 1))
            state = self._local.state = (arena, arena_ptr, params, results)
        return state

    def _bad_argument(self, i: int, array) -> HloError:
        array = np.asarray(array)
        return HloError(f"parameter {i} of {self.name} must be {self.signature.params[i]}, "
                        f"given {array.dtype}{list(array.shape)}")

    def __call__(self, *arrays):
        if len(arrays) != len(self._param_checks):
            raise HloError(f"{self.name} takes {len(self._param_checks)} arguments, "
                           f"given {len(arrays)}")
        _, arena, params, outs = self._thread_state()
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
        results = [np.empty(dims, dtype) for dims, dtype in self._result_specs]
        for j, result in enumerate(results):
            outs[j] = _pointer(result)
        status = self._main(params, outs, arena)
        if status != 0:
            raise HloError(f"{self.name}: the compiled code returned error {status}")
        if self._single_result:
            return results[0]
        return _rebuild(self.signature.result, results, [0])

    def __repr__(self) -> str:
        params = ", ".join(str(p) for p in self.signature.params)
        return (f"<hlox.Executable {self.name}({params}) -> {self.signature.result}, "
                f"{self.kernels} kernels, arena {self.arena_bytes} B>")
