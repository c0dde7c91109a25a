"""Running a module with collectives: all its devices in this process, or this MPI rank's.

    exe = hlox.compile(text)                 # replica_count x num_partitions devices
    outs = exe.run_devices([[x0, y0], [x1, y1]])   # device d's arguments; its results
    out = exe(x, y)            # x, y: [N, ...]: every device here, results stacked the same way
    out = exe(x_mine, y_mine)  # under mpiexec (hlox.distributed): this rank's device

In-process, device d runs on a thread of its own with an arena of its own (Executable's
per-thread state) and device d's communicator of one InProcessGroup made for the call.
Under MPI, each executable makes its communicator on its first call (every rank must
make it: it splits MPI_COMM_WORLD), and keeps it.
"""
from __future__ import annotations

import hashlib
import json
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from hlox.ir.errors import HloError

from .communicator import InProcessGroup, MpiCommunicator

_lock = threading.Lock()


def program_description(exe) -> str:
    """What every rank must agree on: the module, its signature and its collectives."""
    plan = hashlib.sha256(json.dumps(exe.collectives.to_json()).encode()).hexdigest()[:16]
    params = ", ".join(str(p) for p in exe.signature.params)
    return f"{exe.name}({params}) -> {exe.signature.result} [collectives {plan}]"


def call(exe, arrays):
    """Executable.__call__ of a module with collectives."""
    from hlox.distributed import launched_by_mpi

    if exe.devices == 1 or launched_by_mpi():
        return exe.call_with(mpi_communicator(exe), arrays)
    n = exe.devices
    for i, a in enumerate(arrays):
        if np.ndim(a) == 0 or np.shape(a)[0] != n:
            raise HloError(f"{exe.name} runs on {n} devices: argument {i} needs a leading axis "
                           f"of {n} (entry d is device d's value), given shape "
                           f"{list(np.shape(a))} (or run it under mpiexec, one rank a device)")
    results = run_devices(exe, [[a[d] for a in arrays] for d in range(n)])
    return _stack(results)


def _stack(results):
    first = results[0]
    if isinstance(first, tuple):
        return tuple(_stack([r[i] for r in results]) for i in range(len(first)))
    return np.stack(results)


def mpi_communicator(exe):
    """This rank's communicator for `exe` (made on first use)."""
    with _lock:
        if exe._mpi is None:
            if exe.collectives.num_devices == 1:  # nobody to talk to: no MPI needed
                exe._mpi = InProcessGroup(exe.collectives).device(0)
            else:
                exe._mpi = MpiCommunicator(exe.collectives, program_description(exe))
        return exe._mpi


def _pool(exe, n: int) -> ThreadPoolExecutor:
    """The executable's device threads (kept: each keeps its arena between runs)."""
    with _lock:
        pool = getattr(exe, "_device_pool", None)
        if pool is None:
            pool = exe._device_pool = ThreadPoolExecutor(n, thread_name_prefix="hlox-device")
        return pool


def run_devices(exe, per_device_args, timeout: float | None = None) -> list:
    """Device d runs with per_device_args[d]; entry d of the result is its result (as
    hlox.ir.evaluator.evaluate_spmd)."""
    plan = exe.collectives
    n = len(per_device_args)
    if plan is None or plan.num_devices == 1:  # every device runs the program alone
        return [exe(*args) for args in per_device_args]
    if n != plan.num_devices:
        raise HloError(f"{exe.name} runs on {plan.num_replicas} replica(s) x "
                       f"{plan.num_partitions} partition(s) = {plan.num_devices} devices, "
                       f"given arguments for {n}")
    for d, args in enumerate(per_device_args):  # here, not on a thread the others wait for
        exe.check_arguments(args, f"device {d}: ")
    group = InProcessGroup(plan, timeout)
    try:
        futures = [_pool(exe, n).submit(exe.call_with, group.device(d), list(args))
                   for d, args in enumerate(per_device_args)]
        outcomes = []
        for f in futures:  # every device finishes (or fails) before the group goes
            try:
                outcomes.append(f.result())
            except Exception as e:  # noqa: BLE001 - raised below, after the others
                outcomes.append(e)
        errors = [e for e in outcomes if isinstance(e, Exception)]
        if errors:
            raise errors[0]
        return outcomes
    finally:
        group.close()
