"""Every collective of the communicator table on every dtype, checked against numpy.

Shared by the in-process test (devices as threads) and the MPI test (this file run as
a script under mpiexec: each rank checks its own device and prints "ok")."""
from __future__ import annotations

import sys

import ml_dtypes
import numpy as np

from comm_harness import ffi, ptr, table

DTYPES = ["pred", "s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64", "f16", "bf16", "f32",
          "f64"]
NUMPY = {"pred": np.bool_, "bf16": ml_dtypes.bfloat16, "f16": np.float16, "f32": np.float32,
         "f64": np.float64, **{f"{k}{b}": np.dtype(f"{k[0] if k == 'u' else 'i'}{b // 8}")
                               for k in ("s", "u") for b in (8, 16, 32, 64)}}
REDUCTIONS = {0: np.add, 1: np.multiply, 2: np.minimum, 3: np.maximum}


def value(d: int, dtype: str, shape, salt: int = 0) -> np.ndarray:
    """Device d's input: small values, so sums and products stay exact."""
    rng = np.random.default_rng(1000 * d + salt)
    if dtype == "pred":
        return rng.integers(0, 2, shape).astype(np.bool_)
    return rng.integers(-3 if dtype[0] in "sfb" else 0, 4, shape).astype(NUMPY[dtype])


def group_sets(n: int):
    """Set 0: everyone; set 1 (when n == 4): {0, 2} and {3, 1} (rank order 3 before 1)."""
    sets = [(tuple([0] * n), tuple(range(n)))]
    if n == 4:
        sets.append(((0, 1, 0, 1), (0, 1, 1, 0)))
    return sets


def members(sets, s: int, d: int) -> list[int]:
    color, pos = sets[s]
    group = [e for e in range(len(color)) if color[e] == color[d]]
    return sorted(group, key=lambda e: pos[e])


def check_device(handle, d: int, n: int) -> None:
    """Run every case on device d (all devices run this at once) and check its results."""
    c = table(handle)
    sets = group_sets(n)
    op = 0
    for s in range(len(sets)):
        group = members(sets, s, d)
        g = len(group)
        position = group.index(d)
        for code, dtype in enumerate(DTYPES):
            reductions = {4: np.logical_and, 5: np.logical_or} if dtype == "pred" else REDUCTIONS
            for red, fn in reductions.items():
                x = value(d, dtype, (3, 5), red)
                out = np.zeros_like(x)
                assert c.all_reduce(c, op, s, code, red, ptr(x), ptr(out), x.size) == 0
                wide = np.float64 if dtype in ("f16", "bf16") else NUMPY[dtype]
                expect = value(group[0], dtype, (3, 5), red).astype(wide)
                for e in group[1:]:
                    expect = fn(expect, value(e, dtype, (3, 5), red).astype(wide))
                np.testing.assert_array_equal(out, expect.astype(NUMPY[dtype]),
                                              err_msg=f"all-reduce {dtype} {red} set {s}")
            # reduce-scatter of [2, g*3, 2] along dimension 1 (outer 2, blocks of 3*2)
            red = 0 if dtype != "pred" else 5
            x = value(d, dtype, (2, g * 3, 2), 7)
            out = np.zeros((2, 3, 2), x.dtype)
            assert c.reduce_scatter(c, op, s, code, red, ptr(x), ptr(out), 2, 6) == 0
            inputs = [value(e, dtype, (2, g * 3, 2), 7) for e in group]
            wide = [a.astype(np.float64 if dtype != "pred" else np.bool_) for a in inputs]
            total = np.logical_or.reduce(wide) if dtype == "pred" else np.sum(wide, axis=0)
            expect = total[:, position * 3:(position + 1) * 3].astype(x.dtype)
            np.testing.assert_array_equal(out, expect, err_msg=f"reduce-scatter {dtype}")
        # all-gather of [2, 3] along dimension 1: outer 2, blocks of 3 floats
        x = value(d, "f32", (2, 3), 9)
        out = np.zeros((2, 3 * g), np.float32)
        assert c.all_gather(c, op, s, ptr(x), ptr(out), 2, 12) == 0
        expect = np.concatenate([value(e, "f32", (2, 3), 9) for e in group], axis=1)
        np.testing.assert_array_equal(out, expect, err_msg="all-gather")
        # all-to-all of [2, g*2] along dimension 1
        x = value(d, "s32", (2, g * 2), 11)
        out = np.zeros_like(x)
        assert c.all_to_all(c, op, s, ptr(x), ptr(out), 2, 8, 2, 8) == 0
        expect = np.concatenate([value(e, "s32", (2, g * 2), 11)[:, position * 2:position * 2 + 2]
                                 for e in group], axis=1)
        np.testing.assert_array_equal(out, expect, err_msg="all-to-all")
    # collective-permute: a ring that leaves device 0 without a source (it gets zeros)
    x = value(d, "f32", (4,), 13)
    out = np.full(4, 7, np.float32)
    send_to = d + 1 if d + 1 < n else -1
    recv_from = d - 1
    assert c.collective_permute(c, op, send_to, recv_from, ptr(x), ptr(out), x.nbytes) == 0
    expect = value(d - 1, "f32", (4,), 13) if d else np.zeros(4, np.float32)
    np.testing.assert_array_equal(out, expect, err_msg="collective-permute")
    # in place: the all-reduce of a buffer into itself
    x = value(d, "f32", (8,), 15)
    assert c.all_reduce(c, op, 0, DTYPES.index("f32"), 0, ptr(x), ptr(x), 8) == 0
    np.testing.assert_array_equal(x, sum(value(e, "f32", (8,), 15) for e in range(n)))


if __name__ == "__main__":  # one MPI rank
    from hlox.runtime.communicator import CollectivePlan, MpiCommunicator, mpi_world

    rank, size = mpi_world()
    plan = CollectivePlan(1, size, ("case",), tuple(group_sets(size)))
    comm = MpiCommunicator(plan, "comm_cases", timeout=30)
    check_device(comm.handle, rank, size)
    print(f"rank {rank} ok", flush=True)
    sys.exit(0)
