"""Collectives in the IR: parsing all three replica_groups spellings, XLA's group modes,
shape inference, printing back, and the evaluator running N devices in step."""
from __future__ import annotations

import re

import numpy as np
import pytest

from hlox.ir.attributes import ExplicitGroups, IotaGroups, MeshGroups
from hlox.ir.collectives import (
    GroupMode, device_counts, group_mode, participating_groups, permute_pairs,
)
from hlox.ir.errors import HloError
from hlox.ir.evaluator import evaluate, evaluate_spmd
from hlox.ir.parser import parse_module
from hlox.ir.printer import print_module

ADD = """
add {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT c = f32[] add(a, b)
}
"""


def module(body: str, header: str = "", params: str = "x = f32[4] parameter(0)",
           extra: str = "") -> str:
    return f"HloModule m{header}\n{ADD}{extra}\nENTRY e {{\n  {params}\n  {body}\n}}\n"


def run(text: str, per_device: list[list[np.ndarray]], **counts) -> list:
    m = parse_module(text)
    assert print_module(parse_module(print_module(m))) == print_module(m)
    return evaluate_spmd(m, per_device, **counts)


def inputs(n: int, size: int = 4, dtype=np.float32) -> list[list[np.ndarray]]:
    return [[(np.arange(size) + 10 * d).astype(dtype)] for d in range(n)]


# ------------------------------------------------------------------ replica_groups spellings

@pytest.mark.parametrize("text, groups", [
    ("{{0,1},{2,3}}", ((0, 1), (2, 3))),
    ("{{0, 2}, {1, 3}}", ((0, 2), (1, 3))),
    ("{}", ()),
    ("[2,2]<=[4]", ((0, 1), (2, 3))),
    ("[1,4]<=[4]", ((0, 1, 2, 3),)),
    ("[2,2]<=[2,2]T(1,0)", ((0, 2), (1, 3))),
    ("[4,2]<=[2,2,2]T(2,1,0)", ((0, 4), (2, 6), (1, 5), (3, 7))),
    ("mesh['x'=2,'y'=2] {'x'}", ((0, 2), (1, 3))),
    ("mesh['x'=2,'y'=2] {'y'}", ((0, 1), (2, 3))),
    ("mesh['axis_0'=4,'axis_1'=1] {'axis_0'}", ((0, 1, 2, 3),)),
    ("mesh['a'=8] {'a':(1)2,'a':(4)2}", ((0, 1, 4, 5), (2, 3, 6, 7))),
    ("mesh['x'=2,'y'=2] {'y','x'}", ((0, 2, 1, 3),)),
])
def test_replica_groups_spellings_parse_print_and_expand(text, groups):
    src = module(f"ROOT r = f32[4] all-reduce(x), replica_groups={text}, to_apply=add")
    m = parse_module(src)
    attr = m.entry_computation.root.attr("replica_groups")
    assert attr.groups() == groups
    printed = print_module(m)
    again = parse_module(printed)
    assert again.entry_computation.root.attr("replica_groups") == attr
    assert print_module(again) == printed


def test_spellings_keep_their_form():
    assert isinstance(parse_module(module(
        "ROOT r = f32[4] all-reduce(x), replica_groups=[2,2]<=[4], to_apply=add")
    ).entry_computation.root.attr("replica_groups"), IotaGroups)
    assert isinstance(parse_module(module(
        "ROOT r = f32[4] all-reduce(x), replica_groups=mesh['x'=4] {'x'}, to_apply=add")
    ).entry_computation.root.attr("replica_groups"), MeshGroups)


@pytest.mark.parametrize("text, message", [
    ("[2,3]<=[4]", "malformed iota"),
    ("[2,2]<=[2,2]T(0,0)", "malformed iota"),
    ("mesh['x'=4] {'z'}", "no axis 'z'"),
    ("mesh['x'=4] {'x':(3)2}", "sub-axis"),
    ("{{0,1},{2,x}}", "expected an integer"),
])
def test_bad_replica_groups_are_located_errors(text, message):
    with pytest.raises(HloError, match=message) as info:
        parse_module(module(f"ROOT r = f32[4] all-reduce(x), replica_groups={text}, "
                            "to_apply=add"))
    assert ":" in str(info.value)


# ------------------------------------------------------------------ group modes

def test_group_modes_follow_xla():
    ar, a2a = "all-reduce", "all-to-all"
    assert group_mode(ar, {}) is GroupMode.CROSS_REPLICA
    assert group_mode(ar, {"channel_id": 1}) is GroupMode.CROSS_REPLICA_AND_PARTITION
    assert group_mode(ar, {"channel_id": 1, "use_global_device_ids": True}) is \
        GroupMode.FLATTENED_ID
    assert group_mode(a2a, {"channel_id": 1}) is GroupMode.CROSS_PARTITION
    assert group_mode(a2a, {}) is GroupMode.CROSS_REPLICA
    with pytest.raises(HloError, match="needs a channel_id"):
        group_mode(ar, {"use_global_device_ids": True})


def test_participating_groups_in_each_mode():
    g = ExplicitGroups(((0, 1),))
    # 2 replicas x 2 partitions; device = replica * 2 + partition.
    assert participating_groups("all-reduce", {"replica_groups": g}, 2, 2) == [[0, 2], [1, 3]]
    assert participating_groups("all-to-all", {"replica_groups": g, "channel_id": 1}, 2, 2) \
        == [[0, 1], [2, 3]]
    assert participating_groups("all-reduce", {"replica_groups": g, "channel_id": 1}, 2, 2) \
        == [[0, 1, 2, 3]]
    flat = {"replica_groups": IotaGroups(2, 2, (2, 2), (1, 0)), "channel_id": 1,
            "use_global_device_ids": True}
    assert participating_groups("all-gather", flat, 1, 4) == [[0, 2], [1, 3]]
    assert participating_groups("all-reduce", {}, 4, 1) == [[0, 1, 2, 3]]
    assert participating_groups("all-to-all", {"channel_id": 1}, 1, 4) == [[0, 1, 2, 3]]
    with pytest.raises(HloError, match="exactly once"):
        participating_groups("all-reduce", {"replica_groups": ExplicitGroups(((0, 1),))}, 4, 1)
    with pytest.raises(HloError, match="cannot be empty"):
        participating_groups("all-reduce", {"channel_id": 1, "use_global_device_ids": True}, 1, 2)


def test_permute_pairs_name_replicas_or_partitions():
    pairs = {"source_target_pairs": ((0, 1), (1, 0))}
    assert permute_pairs(pairs, 2, 2) == [(0, 2), (2, 0), (1, 3), (3, 1)]
    assert permute_pairs({**pairs, "channel_id": 1}, 2, 2) == [(0, 1), (1, 0), (2, 3), (3, 2)]


# ------------------------------------------------------------------ the module header

def test_header_counts_are_kept_and_printed():
    m = parse_module(module("ROOT r = f32[4] all-reduce(x), to_apply=add",
                            ", replica_count=2, num_partitions=3"))
    assert device_counts(m) == (2, 3)
    printed = print_module(m)
    assert "replica_count=2, num_partitions=3" in printed.splitlines()[0]
    assert device_counts(parse_module(printed)) == (2, 3)
    assert device_counts(parse_module(module("ROOT r = f32[4] negate(x)"))) == (1, 1)


def test_sharding_and_source_target_pairs_are_kept():
    text = module("ROOT p = f32[4] collective-permute(x), channel_id=1, "
                  "source_target_pairs={{0,1},{1,0}}, sharding={devices=[2]<=[2]}",
                  params="x = f32[4] parameter(0), sharding={replicated}")
    printed = print_module(parse_module(text))
    assert "sharding={replicated}" in printed
    assert "sharding={devices=[2]<=[2]}" in printed
    assert "source_target_pairs={{0,1},{1,0}}" in printed


# ------------------------------------------------------------------ shape inference

@pytest.mark.parametrize("body, shape", [
    ("all-gather(x), replica_groups={{0,1}}, dimensions={0}", "f32[8]"),
    ("reduce-scatter(x), replica_groups={{0,1}}, dimensions={0}, to_apply=add", "f32[2]"),
    ("all-reduce(x, x), to_apply=add", "(f32[4], f32[4])"),
    ("all-to-all(x, x), replica_groups={{0,1}}", "(f32[4], f32[4])"),
    ("all-to-all(x), replica_groups={{0,1}}, dimensions={0}", "f32[4]"),
    ("replica-id()", "u32[]"),
    ("partition-id()", "u32[]"),
])
def test_omitted_shapes_are_inferred(body, shape):
    m = parse_module(module(f"ROOT r = {body}", ", replica_count=2"))
    assert re.sub(r"\{[0-9,]*\}", "", str(m.entry_computation.root.shape)) == shape


@pytest.mark.parametrize("body, message", [
    ("f32[6] all-gather(x), replica_groups={{0,1}}, dimensions={0}", "cannot give"),
    ("reduce-scatter(x), replica_groups={{0,1,2}}, dimensions={0}, to_apply=add", "divisible"),
    ("f32[2] reduce-scatter(x), replica_groups={{0,1,2,3}}, dimensions={0}, to_apply=add",
     "group of 4"),
    ("all-to-all(x, x, x), replica_groups={{0,1}}", "one operand per device"),
    ("f32[4] collective-permute(x), source_target_pairs={{0,1},{0,2}}", "repeat"),
    ("s32[4] all-reduce(y), to_apply=add", "reducer"),
    ("f32[4] all-gather(x), dimensions={1}", "out of range"),
])
def test_inconsistent_collectives_are_shape_errors(body, message):
    with pytest.raises(HloError, match=message):
        parse_module(module(f"ROOT r = {body}",
                            params="x = f32[4] parameter(0)\n  y = s32[4] parameter(1)"))


# ------------------------------------------------------------------ evaluation

def test_all_reduce_cross_replica_subgroups():
    out = run(module("ROOT r = f32[4] all-reduce(x), replica_groups={{0,1},{2,3}}, "
                     "to_apply=add", ", replica_count=4"), inputs(4))
    x = [a[0] for a in inputs(4)]
    for d in range(4):
        np.testing.assert_array_equal(out[d], x[d // 2 * 2] + x[d // 2 * 2 + 1])


def test_all_reduce_cross_partition_max_and_min():
    extra = """
max {
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT c = s32[] maximum(a, b)
}
min {
  a = s32[] parameter(0)
  b = s32[] parameter(1)
  ROOT c = s32[] minimum(a, b)
}
"""
    text = module("hi = s32[4] all-reduce(x), channel_id=1, replica_groups=[2,2]<=[4], "
                  "use_global_device_ids=true, to_apply=max\n"
                  "  lo = s32[4] all-reduce(x), channel_id=2, replica_groups={}, to_apply=min\n"
                  "  ROOT t = (s32[4], s32[4]) tuple(hi, lo)",
                  ", num_partitions=4", params="x = s32[4] parameter(0)", extra=extra)
    rng = np.random.default_rng(0)
    xs = [rng.integers(-50, 50, 4).astype(np.int32) for _ in range(4)]
    out = run(text, [[x] for x in xs])
    for d in range(4):
        pair = xs[d // 2 * 2: d // 2 * 2 + 2]
        np.testing.assert_array_equal(out[d][0], np.maximum(*pair))
        # channel_id without use_global_device_ids: replica ids x every partition = all 4.
        np.testing.assert_array_equal(out[d][1], np.minimum.reduce(xs))


def test_all_gather_reduce_scatter_all_to_all_permute():
    text = module(
        "g = f32[8] all-gather(x), channel_id=1, replica_groups=[2,2]<=[2,2]T(1,0), "
        "dimensions={0}, use_global_device_ids=true\n"
        "  s = f32[1] reduce-scatter(x), channel_id=2, replica_groups=mesh['x'=4] {'x'}, "
        "dimensions={0}, use_global_device_ids=true, to_apply=add\n"
        "  a = f32[4] all-to-all(x), channel_id=3, replica_groups={{0,1},{2,3}}, "
        "dimensions={0}\n"
        "  p = f32[4] collective-permute(x), channel_id=4, "
        "source_target_pairs={{0,1},{1,2},{2,3}}\n"
        "  ROOT t = (f32[8], f32[1], f32[4], f32[4]) tuple(g, s, a, p)",
        ", num_partitions=4")
    xs = [a[0] for a in inputs(4)]
    out = run(text, inputs(4))
    total = sum(xs)
    for d in range(4):
        g, s, a, p = out[d]
        np.testing.assert_array_equal(g, np.concatenate([xs[d % 2], xs[d % 2 + 2]]))
        np.testing.assert_array_equal(s, total[[d]])
        base = d // 2 * 2
        np.testing.assert_array_equal(a, np.concatenate(
            [xs[base][(d % 2) * 2:(d % 2) * 2 + 2], xs[base + 1][(d % 2) * 2:(d % 2) * 2 + 2]]))
        np.testing.assert_array_equal(p, xs[d - 1] if d > 0 else np.zeros(4, np.float32))


def test_reduce_scatter_group_of_four_splits_in_rank_order():
    text = module("ROOT s = f32[1] reduce-scatter(x), replica_groups={{3,2,1,0}}, "
                  "dimensions={0}, to_apply=add", ", replica_count=4")
    xs = [a[0] for a in inputs(4)]
    out = run(text, inputs(4))
    for d in range(4):
        np.testing.assert_array_equal(out[d], sum(xs)[[3 - d]])


def test_all_to_all_tuple_form_and_ids():
    text = module("a = (f32[4], f32[4]) all-to-all(x, y), replica_groups={{0,1}}\n"
                  "  r = u32[] replica-id()\n  q = u32[] partition-id()\n"
                  "  ROOT t = ((f32[4], f32[4]), u32[], u32[]) tuple(a, r, q)",
                  ", replica_count=2", params="x = f32[4] parameter(0)\n"
                  "  y = f32[4] parameter(1)")
    per = [[np.full(4, 10 * d, np.float32), np.full(4, 10 * d + 1, np.float32)]
           for d in range(2)]
    out = run(text, per)
    for d in range(2):
        (first, second), r, q = out[d]
        np.testing.assert_array_equal(first, per[0][d])
        np.testing.assert_array_equal(second, per[1][d])
        assert int(r) == d and int(q) == 0


def test_async_pairs_match_their_sync_forms():
    text = module(
        "ars = f32[4] all-reduce-start(x), replica_groups={}, to_apply=add\n"
        "  ard = f32[4] all-reduce-done(ars)\n"
        "  ags = (f32[4], f32[8]) all-gather-start(x), replica_groups={}, dimensions={0}\n"
        "  agd = f32[8] all-gather-done(ags)\n"
        "  cps = (f32[4], f32[4], u32[], u32[]) collective-permute-start(x), "
        "source_target_pairs={{0,1},{1,0}}\n"
        "  cpd = f32[4] collective-permute-done(cps)\n"
        "  ROOT t = (f32[4], f32[8], f32[4]) tuple(ard, agd, cpd)", ", replica_count=2")
    xs = [a[0] for a in inputs(2)]
    out = run(text, inputs(2))
    for d in range(2):
        np.testing.assert_array_equal(out[d][0], xs[0] + xs[1])
        np.testing.assert_array_equal(out[d][1], np.concatenate(xs))
        np.testing.assert_array_equal(out[d][2], xs[1 - d])


def test_collective_in_a_loop_meets_once_per_iteration():
    extra = """
cond {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  n = s32[] constant(3)
  ROOT lt = pred[] compare(i, n), direction=LT
}
body {
  s = (s32[], f32[4]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  v = f32[4] get-tuple-element(s), index=1
  one = s32[] constant(1)
  j = s32[] add(i, one)
  w = f32[4] all-reduce(v), replica_groups={}, to_apply=add
  ROOT t = (s32[], f32[4]) tuple(j, w)
}
"""
    text = module("z = s32[] constant(0)\n  s = (s32[], f32[4]) tuple(z, x)\n"
                  "  l = (s32[], f32[4]) while(s), condition=cond, body=body\n"
                  "  ROOT v = f32[4] get-tuple-element(l), index=1",
                  ", replica_count=2", extra=extra)
    xs = [a[0] for a in inputs(2)]
    out = run(text, inputs(2))
    for d in range(2):
        np.testing.assert_array_equal(out[d], (xs[0] + xs[1]) * 4)


def test_one_device_evaluate_and_errors():
    one = module("ROOT r = f32[4] all-reduce(x), replica_groups={}, to_apply=add")
    x = np.arange(4, dtype=np.float32)
    np.testing.assert_array_equal(evaluate(parse_module(one), [x]), x)
    four = parse_module(module("ROOT r = f32[4] all-reduce(x), replica_groups={}, "
                               "to_apply=add", ", replica_count=4"))
    with pytest.raises(HloError, match="evaluate_spmd"):
        evaluate(four, [x])
    with pytest.raises(HloError, match="4 devices, given arguments for 2"):
        evaluate_spmd(four, inputs(2))
    with pytest.raises(HloError, match="device 1: argument 0"):
        evaluate_spmd(four, [[x], [x[:2]], [x], [x]])


def test_groups_that_do_not_fit_the_devices_are_located_errors():
    text = module("ROOT r = f32[4] all-reduce(x), replica_groups={{0,1}}, to_apply=add",
                  ", replica_count=4")
    with pytest.raises(HloError, match=r"<string>:\d+:\d+: r: all-reduce: replica_groups "
                                       r"\[\[0, 1\]\] must list each of the 4 replica ids"):
        evaluate_spmd(parse_module(text), inputs(4))
    permute = module("ROOT p = f32[4] collective-permute(x), source_target_pairs={{0,5}}",
                     ", replica_count=2")
    with pytest.raises(HloError, match="out of range for 2 replicas"):
        evaluate_spmd(parse_module(permute), inputs(2))


def test_all_to_all_that_does_not_fit_the_group_is_an_error():
    split = module("ROOT a = f32[4] all-to-all(x), replica_groups={}, dimensions={0}",
                   ", replica_count=3")
    with pytest.raises(HloError, match="dimension 0 of size 4 does not split"):
        evaluate_spmd(parse_module(split), inputs(3))
    tuple_form = module("ROOT a = (f32[4], f32[4]) all-to-all(x, x), replica_groups={}",
                        ", replica_count=4")
    with pytest.raises(HloError, match="one operand per device, given 2"):
        evaluate_spmd(parse_module(tuple_form), inputs(4))


def test_a_device_that_fails_stops_the_others():
    # Device 1's dynamic-slice index is fine; the divide by zero... is not an error in
    # HLO, so make device 1 fail with a collective of mismatched groups instead.
    text = module("r = u32[] replica-id()\n  z = u32[] constant(0)\n"
                  "  c = pred[] compare(r, z), direction=EQ\n"
                  "  ROOT o = f32[4] conditional(c, x, x), true_computation=t, "
                  "false_computation=f", ", replica_count=2",
                  extra="""
t {
  a = f32[4] parameter(0)
  ROOT s = f32[4] all-reduce(a), replica_groups={}, to_apply=add
}
f {
  ROOT a = f32[4] parameter(0)
}
""")
    with pytest.raises(HloError, match=r"devices \[1\] of group \[0, 1\] did not arrive"):
        evaluate_spmd(parse_module(text), inputs(2), timeout=0.5)


def test_passes_keep_collectives():
    from hlox.passes.constant_folding import ConstantFolding
    from hlox.passes.cse import CommonSubexpressionElimination
    from hlox.passes.dce import DeadCodeElimination
    from hlox.passes.fusion import LOOP_FUSIBLE
    from hlox.ir.opcodes import COLLECTIVE

    assert LOOP_FUSIBLE.isdisjoint(COLLECTIVE)
    text = module("c = f32[4] constant({1,2,3,4})\n"
                  "  a = f32[4] all-reduce(c), replica_groups={}, to_apply=add\n"
                  "  b = f32[4] all-reduce(c), replica_groups={}, to_apply=add\n"
                  "  unused = f32[4] all-reduce(x), replica_groups={}, to_apply=add\n"
                  "  r = u32[] replica-id()\n  f = f32[] convert(r)\n"
                  "  fb = f32[4] broadcast(f), dimensions={}\n"
                  "  s = f32[4] add(a, b)\n  ROOT o = f32[4] add(s, fb)", ", replica_count=2")
    m = parse_module(text)
    for p in (ConstantFolding(), CommonSubexpressionElimination(), DeadCodeElimination()):
        p.run(m)
    ops = [op.opcode for op in m.entry_computation.instructions()]
    assert ops.count("all-reduce") == 3 and "replica-id" in ops
    out = evaluate_spmd(m, inputs(2))
    for d in range(2):
        np.testing.assert_array_equal(out[d], np.array([4, 8, 12, 16], np.float32) + d)
