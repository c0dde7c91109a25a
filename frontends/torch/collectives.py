"""torch.distributed inside compiled graphs.

Tensor-parallel code, DTensor and FSDP2 put functional collectives in their graphs
(`_c10d_functional.all_reduce` and friends, each followed by `wait_tensor`). Each one
lowers to the HLO collective of the same meaning, so a graph with collectives is one hlox
module, not a chain of parts cut at every collective.

The module is a program for the process group's world: `replica_count` = world size,
device d = global rank d. A collective's `replica_groups` holds its own process group's
ranks (in group-rank order, which is the order all-gather slots follow) and, to make the
partition of the world XLA's semantics ask for, the other ranks in groups of the same
size: they stand for the other ranks' own groups, which this rank never joins.

At run time the compiled code calls collectives through hlox's communicator table
(`runtime/hlox_comm.h`). `TorchCommunicator` fills that table with callbacks into
torch.distributed on the graph's own process groups (found by the ranks of the calling
device's group), so the collectives run on whatever backend the user's group has (gloo
here; NCCL-less CPU jobs). hlox's own MPI communicator serves programs launched by
mpiexec instead (`hlox run --nprocs`, `hlox.distributed`); a torch job's groups are torch's.
"""
from __future__ import annotations

import re

import torch
import torch.distributed as dist
from cffi import FFI

from hlox.ir.attributes import ExplicitGroups

from .aten import lowers
from .context import Unsupported

c10d = torch.ops._c10d_functional
c10d_autograd = torch.ops._c10d_functional_autograd

# torch's reduce_op spellings -> the HLO op of the reducer ("avg": a sum, then divided)
_REDUCERS = {"sum": "add", "avg": "add", "product": "multiply", "min": "minimum",
             "max": "maximum"}


# ---------------------------------------------------------------- lowering

def _group_ranks(ctx, group_name) -> tuple[int, ...]:
    """The global ranks of the process group `group_name`, recorded on the context."""
    from torch.distributed.distributed_c10d import _resolve_process_group

    if not dist.is_available() or not dist.is_initialized():
        raise Unsupported("a collective without an initialised torch.distributed")
    pg = _resolve_process_group(group_name)
    ranks = tuple(dist.get_process_group_ranks(pg))
    ctx.process_groups[ranks] = group_name
    return ranks


def _replica_groups(ranks: tuple[int, ...]) -> ExplicitGroups:
    world = dist.get_world_size()
    if len(ranks) == world:
        return ExplicitGroups((ranks,))
    rest = [r for r in range(world) if r not in ranks]
    size = len(ranks)
    if len(rest) % size:
        raise Unsupported(f"a process group of {size} of {world} ranks does not tile the world")
    return ExplicitGroups((ranks, *(tuple(rest[i:i + size]) for i in range(0, len(rest), size))))


def _collective(ctx, opcode: str, x, group_name, reduce_op: str | None = None, **attrs):
    ranks = _group_ranks(ctx, group_name)
    if reduce_op is not None:
        op = str(reduce_op).lower()
        if op not in _REDUCERS:
            raise Unsupported(f"reduce_op {reduce_op!r}")
        attrs["to_apply"] = ctx.reducer(_REDUCERS[op], ctx.dtype(x))
    out = ctx.op(opcode, x, replica_groups=_replica_groups(ranks), **attrs)
    if reduce_op is not None and str(reduce_op).lower() == "avg":
        out = ctx.elementwise("divide", out, len(ranks), dtype=ctx.dtype(x))
    return out


@lowers(c10d.all_reduce.default)
def all_reduce(ctx, x, reduce_op, group_name):
    return _collective(ctx, "all-reduce", x, group_name, reduce_op)


@lowers(c10d.all_gather_into_tensor.default, c10d_autograd.all_gather_into_tensor.default)
def all_gather_into_tensor(ctx, x, group_size, group_name):
    if ctx.rank(x) == 0:
        raise Unsupported("all_gather_into_tensor of a 0-d tensor")
    return _collective(ctx, "all-gather", x, group_name, dimensions=(0,))


@lowers(c10d.reduce_scatter_tensor.default, c10d_autograd.reduce_scatter_tensor.default)
def reduce_scatter_tensor(ctx, x, reduce_op, group_size, group_name):
    if ctx.rank(x) == 0:
        raise Unsupported("reduce_scatter_tensor of a 0-d tensor")
    return _collective(ctx, "reduce-scatter", x, group_name, reduce_op, dimensions=(0,))


@lowers(c10d.all_to_all_single.default, c10d_autograd.all_to_all_single.default)
def all_to_all_single(ctx, x, output_split_sizes, input_split_sizes, group_name):
    ranks = _group_ranks(ctx, group_name)
    rows = ctx.dims(x)[0] if ctx.rank(x) else 0
    even = [rows // len(ranks)] * len(ranks)
    for splits in (output_split_sizes, input_split_sizes):
        if splits and [int(s) for s in splits] != even:
            raise Unsupported(f"all_to_all_single with uneven splits {list(splits)}")
    if rows % len(ranks):
        raise Unsupported(f"all_to_all_single of {rows} rows over {len(ranks)} ranks")
    return _collective(ctx, "all-to-all", x, group_name, dimensions=(0,))


@lowers(c10d.wait_tensor.default)
def wait_tensor(ctx, x):
    return x  # hlox's collectives are complete when their call returns


# ---------------------------------------------------------------- the communicator

def _comm_table_cdef() -> str:
    """The table's C declaration, read from the one header that defines it."""
    from hlox.runtime.communicator import RUNTIME_DIR

    header = (RUNTIME_DIR / "hlox_comm.h").read_text()
    table = re.search(r"struct hlox_comm \{.*?\};", header, re.S).group(0)
    return "typedef struct hlox_comm hlox_comm;\n" + table


_ffi = FFI()
_ffi.cdef(_comm_table_cdef())

# enum hlox_dtype (hlox_comm.h): ELEMENT_TYPES' order
_DTYPES = (torch.bool, torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8,
           torch.uint16, torch.uint32, torch.uint64, torch.float16, torch.bfloat16,
           torch.float32, torch.float64)
# enum hlox_reduction: SUM PROD MIN MAX AND OR (pred's AND / OR are MIN / MAX of bytes)
_REDUCE_OPS = (dist.ReduceOp.SUM, dist.ReduceOp.PRODUCT, dist.ReduceOp.MIN, dist.ReduceOp.MAX,
               dist.ReduceOp.MIN, dist.ReduceOp.MAX)


def _tensor(pointer, count: int, dtype: torch.dtype) -> torch.Tensor:
    """A tensor over `count` elements of C memory (no copy)."""
    if dtype == torch.bool:  # reduced as bytes: every backend has uint8
        dtype = torch.uint8
    nbytes = count * torch.empty((), dtype=dtype).element_size()
    if nbytes == 0:
        return torch.empty(0, dtype=dtype)
    return torch.frombuffer(_ffi.buffer(_ffi.cast("char *", pointer), nbytes), dtype=dtype)


class TorchCommunicator:
    """This rank's hlox communicator over torch.distributed process groups.

    `groups` maps a group's global ranks to its process group's name (recorded while
    lowering); collective set k of the plan resolves, for this rank, to the ranks of its
    group in that set and so to the process group."""

    def __init__(self, plan, groups: dict[tuple[int, ...], str]):
        from torch.distributed.distributed_c10d import _resolve_process_group

        self.rank = dist.get_rank()
        if plan.num_devices != dist.get_world_size():
            raise Unsupported(f"a program for {plan.num_devices} devices in a world of "
                              f"{dist.get_world_size()} ranks")
        self.plan = plan
        self._message = ""
        self._groups = []
        for colours, _positions in plan.group_sets:
            members = tuple(d for d in range(plan.num_devices) if colours[d] == colours[self.rank])
            if members not in groups:
                raise Unsupported(f"no process group has ranks {list(members)}")
            self._groups.append(_resolve_process_group(groups[members]))
        self._callbacks = [
            _ffi.callback("int(hlox_comm *, int, int, int, int, const void *, void *, int64_t)",
                          self._guard(self._all_reduce)),
            _ffi.callback("int(hlox_comm *, int, int, const void *, void *, int64_t, int64_t)",
                          self._guard(self._all_gather)),
            _ffi.callback("int(hlox_comm *, int, int, int, int, const void *, void *, int64_t, "
                          "int64_t)", self._guard(self._reduce_scatter)),
            _ffi.callback("int(hlox_comm *, int, int, const void *, void *, int64_t, int64_t, "
                          "int64_t, int64_t)", self._guard(self._all_to_all)),
            _ffi.callback("int(hlox_comm *, int, int, int, const void *, void *, int64_t)",
                          self._guard(self._collective_permute)),
        ]
        self.handle = _ffi.new("hlox_comm *")
        self.handle.device, self.handle.num_devices = self.rank, plan.num_devices
        (self.handle.all_reduce, self.handle.all_gather, self.handle.reduce_scatter,
         self.handle.all_to_all, self.handle.collective_permute) = self._callbacks

    def error(self) -> str:
        return self._message

    def _guard(self, fn):
        """A callback returns 0, or 1 with the message kept: no exception crosses C."""
        def call(comm, op, *args):
            try:
                fn(op, *args)
                return 0
            except Exception as e:  # noqa: BLE001 - reported by Executable.call_with
                self._message = f"{self.plan.names[op]} on rank {self.rank}: " \
                                f"{type(e).__name__}: {e}"
                return 1
        return call

    def _all_reduce(self, op, set_, dtype, reduction, src, dst, count):
        out = _tensor(dst, count, _DTYPES[dtype])
        if src != dst:
            out.copy_(_tensor(src, count, _DTYPES[dtype]))
        dist.all_reduce(out, op=_REDUCE_OPS[reduction], group=self._groups[set_])

    def _all_gather(self, op, set_, src, dst, outer, block_bytes):
        group = self._groups[set_]
        size = dist.get_world_size(group)
        mine = _tensor(src, outer * block_bytes, torch.uint8)
        out = _tensor(dst, outer * size * block_bytes, torch.uint8)
        if outer == 1:  # the slots are contiguous: gathered in place
            dist.all_gather(list(out.view(size, block_bytes)), mine, group=group)
            return
        slots = [torch.empty_like(mine) for _ in range(size)]
        dist.all_gather(slots, mine, group=group)
        out.view(outer, size, block_bytes).copy_(
            torch.stack(slots).view(size, outer, block_bytes).transpose(0, 1))

    def _reduce_scatter(self, op, set_, dtype, reduction, src, dst, outer, block):
        # gloo has no reduce-scatter: the whole operand is reduced, this rank's slot kept
        group = self._groups[set_]
        size = dist.get_world_size(group)
        whole = _tensor(src, outer * size * block, _DTYPES[dtype]).clone()
        dist.all_reduce(whole, op=_REDUCE_OPS[reduction], group=group)
        position = dist.get_group_rank(group, self.rank)
        _tensor(dst, outer * block, _DTYPES[dtype]).view(outer, block).copy_(
            whole.view(outer, size, block)[:, position])

    def _all_to_all(self, op, set_, src, dst, in_outer, in_block, out_outer, out_block):
        group = self._groups[set_]
        size = dist.get_world_size(group)
        send = _tensor(src, in_outer * size * in_block, torch.uint8)
        recv = _tensor(dst, out_outer * size * out_block, torch.uint8)
        # slot j of the input goes to member j, slot i of the output comes from member i
        chunks = send.view(in_outer, size, in_block).transpose(0, 1).reshape(size, -1)
        got = [torch.empty(in_outer * in_block, dtype=torch.uint8) for _ in range(size)]
        dist.all_to_all(got, list(chunks), group=group)
        recv.view(out_outer, size, out_block).copy_(
            torch.stack(got).view(size, out_outer, out_block).transpose(0, 1))

    def _collective_permute(self, op, send_to, recv_from, src, dst, nbytes):
        out = _tensor(dst, nbytes, torch.uint8)
        requests = []
        if send_to >= 0:
            requests.append(dist.isend(_tensor(src, nbytes, torch.uint8).clone(), send_to))
        if recv_from >= 0:
            requests.append(dist.irecv(out, recv_from))
        else:
            out.zero_()  # XLA: a device nobody sends to gets zeros
        for request in requests:
            request.wait()


class RankExecutable:
    """A compiled graph with collectives, called on this rank with its own arrays."""

    def __init__(self, executable, groups: dict[tuple[int, ...], str]):
        self.executable = executable
        self.communicator = TorchCommunicator(executable.collectives, groups)

    def __call__(self, *arrays):
        return self.executable.call_with(self.communicator, arrays)

    def call_addresses(self, addresses):
        return self.executable.call_addresses(addresses, self.communicator)

    def __getattr__(self, name):  # signature, arena_bytes, kernels, ... of the executable
        return getattr(self.executable, name)
