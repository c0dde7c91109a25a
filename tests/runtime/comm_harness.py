"""Calling a communicator's table from Python threads, as generated code would."""
from __future__ import annotations

import re
import threading

from cffi import FFI

from hlox.runtime.communicator import RUNTIME_DIR

ffi = FFI()
# the header without its preprocessor lines: cffi reads the enums and the struct
ffi.cdef(re.sub(r"^#.*$", "", (RUNTIME_DIR / "hlox_comm.h").read_text(), flags=re.M))


def table(handle):
    return ffi.cast("hlox_comm *", handle)


def on_threads(n: int, fn):
    """fn(d) on n threads at once; their results (or exceptions) in device order."""
    results = [None] * n

    def run(d):
        try:
            results[d] = fn(d)
        except BaseException as e:  # noqa: BLE001 - handed back to the test
            results[d] = e

    threads = [threading.Thread(target=run, args=(d,)) for d in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def ptr(array):
    return ffi.from_buffer(array.reshape(-1).view("u1"))
