"""Text forms XLA accepts that the canonical printer never writes, and evaluator edge
cases from XLA's own tests (small modules written for hlox; expected values by hand or
by plain Python)."""
from __future__ import annotations

import ml_dtypes
import pytest
import numpy as np

import hlox
from hlox.ir import parse_module, print_module
from hlox.ir.evaluator import evaluate, evaluate_text

BF16 = ml_dtypes.bfloat16


def _round_trips(text: str):
    module = parse_module(text)
    printed = print_module(module)
    assert print_module(parse_module(printed)) == printed
    return module, printed


def test_module_name_with_a_colon():
    _, printed = _round_trips("HloModule old_style:\nENTRY e {\n  ROOT p = f32[] parameter(0)\n}\n")
    assert printed.startswith("HloModule old_style")


def test_operands_written_inline():
    text = "HloModule m\nENTRY e {\n  ROOT add = s32[] add(s32[] parameter(0), s32[] constant(1))\n}\n"
    module, printed = _round_trips(text)
    assert "parameter(0)" in printed and "constant(1)" in printed
    assert int(evaluate(module, [np.int32(41)])) == 42


def test_scalar_broadcast_may_omit_dimensions():
    text = "HloModule m\nENTRY e {\n  x = f32[] parameter(0)\n  ROOT b = f32[2,3] broadcast(x)\n}\n"
    module, printed = _round_trips(text)
    assert "dimensions={}" in printed
    np.testing.assert_array_equal(evaluate(module, [np.float32(2.5)]), np.full((2, 3), 2.5))


def test_array_constant_given_one_value_fills_element_zero():
    # XLA's parser puts the one value at linear index 0 and zeros elsewhere.
    out = evaluate_text("HloModule m\nENTRY e {\n  ROOT c = s32[2,2] constant(7)\n}\n", [])
    np.testing.assert_array_equal(out, [[7, 0], [0, 0]])


def test_dot_algorithm_is_accepted_and_printed():
    text = """HloModule m
ENTRY e {
  a = f32[2,3] parameter(0)
  b = f32[3,2] parameter(1)
  ROOT d = f32[2,2] dot(a, b), lhs_contracting_dims={1}, rhs_contracting_dims={0}, algorithm=dot_f32_f32_f32
}
"""
    _, printed = _round_trips(text)
    assert "algorithm=dot_f32_f32_f32" in printed


def test_empty_result_is_not_computed():
    # The shape says there is nothing: no rule may allocate the 1e12-element iota line.
    out = evaluate_text("HloModule m\nENTRY e {\n  ROOT i = f32[1000000000000,0] iota(), "
                        "iota_dimension=0\n}\n", [])
    assert out.shape == (1000000000000, 0)


def test_scatter_into_a_scalar_with_an_empty_index_vector():
    text = """HloModule m
keep_update {
  a = s32[] parameter(0)
  ROOT b = s32[] parameter(1)
}
ENTRY e {
  x = s32[] parameter(0)
  i = s32[0] parameter(1)
  u = s32[] parameter(2)
  ROOT s = s32[] scatter(x, i, u), update_window_dims={}, inserted_window_dims={},
      scatter_dims_to_operand_dims={}, index_vector_dim=0, to_apply=keep_update
}
"""
    out = evaluate_text(text, [np.int32(1), np.zeros(0, np.int32), np.int32(9)])
    assert int(out) == 9


_BF16_SUM = """HloModule m
add {
  a = bf16[] parameter(0)
  b = bf16[] parameter(1)
  ROOT s = bf16[] add(a, b)
}
ENTRY e {
  x = bf16[5,32] parameter(0)
  z = bf16[] constant(0)
  ROOT r = bf16[5] reduce(x, z), dimensions={1}, to_apply=add
}
"""


def _sequential_bf16_sums(x):
    out = []
    for row in x.astype(np.float64):
        acc = 0.0
        for v in row:
            acc = float(BF16(acc + v))  # rounded to bf16 after every step
        out.append(acc)
    return np.array(out)


def test_long_bf16_reduce_stays_close_to_the_f32_sum():
    # rows longer than NARROW_SEQUENTIAL_MAX: not XLA's exact order, within bf16 tolerance
    text = _BF16_SUM.replace("bf16[5,32]", "bf16[5,4000]")
    x = np.random.default_rng(4).uniform(0.5, 1.5, (5, 4000)).astype(BF16)
    exact = x.astype(np.float64).sum(1)
    for got in (evaluate_text(text, [x]), hlox.compile(text)(x)):
        np.testing.assert_allclose(np.asarray(got).astype(np.float64), exact, rtol=1e-2)


def test_bf16_reduce_rounds_every_step_in_element_order():
    x = (np.random.default_rng(3).uniform(0.5, 1.5, (5, 32))).astype(BF16)
    want = _sequential_bf16_sums(x)
    assert not np.array_equal(want, x.astype(np.float32).sum(1).astype(BF16).astype(np.float64))
    np.testing.assert_array_equal(evaluate_text(_BF16_SUM, [x]).astype(np.float64), want)
    compiled = hlox.compile(_BF16_SUM)(x)
    np.testing.assert_array_equal(np.asarray(compiled).astype(np.float64), want)


_FOLD = """HloModule m
reducer {
  a = f32[] parameter(0)
  b = f32[] parameter(1)
  ROOT r = f32[] BODY
}
ENTRY e {
  x = f32[4,6] parameter(0)
  init = f32[] constant(1.5)
  ROOT s = f32[4] reduce(x, init), dimensions={1}, to_apply=reducer
}
"""


@pytest.mark.parametrize("body, step", [
    ("subtract(a, b)", lambda acc, v: acc - v),
    ("subtract(b, a)", lambda acc, v: v - acc),
])
def test_order_dependent_reducer_folds_in_element_order(body, step):
    # A reducer that is not one associative op: the order shows, and XLA:CPU folds each row
    # from the init value in element order; the evaluator and the compiled code do the same.
    text = _FOLD.replace("BODY", body)
    x = np.random.default_rng(5).uniform(-1, 1, (4, 6)).astype(np.float32)
    want = np.full(4, 1.5, np.float32)
    for j in range(6):
        want = step(want, x[:, j])
    np.testing.assert_allclose(evaluate_text(text, [x]), want, rtol=1e-6)
    np.testing.assert_allclose(hlox.compile(text)(x), want, rtol=1e-6)


def test_tokens_order_nothing_and_carry_no_data():
    text = """HloModule m
body {
  s = (s32[], token[]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  one = s32[] constant(1)
  n = s32[] add(i, one)
  t = token[] get-tuple-element(s), index=1
  t2 = token[] after-all(t)
  ROOT r = (s32[], token[]) tuple(n, t2)
}
cond {
  s = (s32[], token[]) parameter(0)
  i = s32[] get-tuple-element(s), index=0
  ten = s32[] constant(10)
  ROOT lt = pred[] compare(i, ten), direction=LT
}
ENTRY e {
  x = f32[3] parameter(0)
  zero = s32[] constant(0)
  t0 = token[] after-all()
  w = (s32[], token[]) while((s32[], token[]) tuple(zero, t0)), condition=cond, body=body
  count = s32[] get-tuple-element(w), index=0
  neg = f32[3] negate(x)
  t1 = token[] after-all(neg, count)
  later = f32[3] add-dependency(x, t1)
  c = f32[] convert(count)
  cb = f32[3] broadcast(c), dimensions={}
  ROOT out = f32[3] add(later, cb)
}
"""
    x = np.array([1.0, -2.0, 0.5], np.float32)
    module, printed = _round_trips(text)
    assert "token[] after-all()" in printed and "add-dependency(x, t1)" in printed
    np.testing.assert_array_equal(evaluate(module, [x]), x + 10)
    np.testing.assert_array_equal(hlox.compile(text)(x), x + 10)


def test_get_dimension_size_of_static_shapes():
    text = """HloModule m
ENTRY e {
  x = f32[3,7] parameter(0)
  ROOT d = s32[] get-dimension-size(x), dimensions={1}
}
"""
    x = np.zeros((3, 7), np.float32)
    assert int(evaluate_text(text, [x])) == 7
    assert int(hlox.compile(text)(x)) == 7


def test_bf16_reduce_f32_accumulation_option_rounds_once():
    x = (np.random.default_rng(3).uniform(0.5, 1.5, (5, 32))).astype(BF16)
    once = x.astype(np.float32).sum(1).astype(BF16).astype(np.float64)
    compiled = hlox.compile(_BF16_SUM, hlox.CompileOptions(narrow_reductions="f32"))(x)
    np.testing.assert_allclose(np.asarray(compiled).astype(np.float64), once, rtol=1e-2)
    # the rewritten module, evaluated, is the one rounding of the f32 sum
    from hlox.ir import parse_module
    from hlox.passes.widen_reductions import WidenNarrowReductions
    module = parse_module(_BF16_SUM)
    assert WidenNarrowReductions().run(module)
    np.testing.assert_array_equal(evaluate(module, [x]).astype(np.float64), once)
    np.testing.assert_array_equal(np.asarray(compiled).astype(np.float64), once)


def test_topk_smallest_keeps_its_attribute():
    text = ("HloModule m\nENTRY e {\n  x = f32[2,4] parameter(0)\n  ROOT t = (f32[2,2], s32[2,2]) "
            "topk(x), k=2, largest=false\n}\n")
    _, printed = _round_trips(text)
    assert "largest=false" in printed
    x = np.array([[3, 1, 2, 0.5], [-1, 4, -2, 0]], np.float32)
    for values, indices in (evaluate_text(text, [x]), hlox.compile(text)(x)):
        np.testing.assert_array_equal(values, [[0.5, 1], [-2, -1]])
        np.testing.assert_array_equal(indices, [[3, 1], [2, 0]])
