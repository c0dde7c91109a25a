"""ATen -> HLO rules, checked against eager through the reference evaluator (no C build).

Each case is traced with make_fx and the core ATen decompositions, lowered with
`lower_graph` at its concrete shapes, evaluated with `hlox.ir.evaluator` and
compared with eager PyTorch: the tricky corners of torch's semantics live here.
"""
import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from torch.fx.experimental.proxy_tensor import make_fx  # noqa: E402
from torch.utils import _pytree as pytree  # noqa: E402

from hlox.frontends.torch.aten import LOWERINGS, NOT_TRANSLATED  # noqa: E402
from hlox.frontends.torch.backend import decompositions  # noqa: E402
from hlox.frontends.torch.executor import from_numpy, to_numpy  # noqa: E402
from hlox.frontends.torch.graph import apply_view, describe, lower_graph  # noqa: E402
from hlox.ir.evaluator import evaluate  # noqa: E402
from hlox.ir.printer import print_module  # noqa: E402
from hlox.ir.parser import parse_module  # noqa: E402

F = torch.nn.functional
aten = torch.ops.aten


def run_lowered(fn, *args):
    gm = make_fx(fn, decomposition_table=decompositions())(*args)
    lowered = lower_graph(gm, [describe(a) for a in args], name="case")
    # what a frontend builds must survive the text round trip
    module = parse_module(print_module(lowered.module))
    results = evaluate(module, [to_numpy(args[i]) for i in lowered.parameters])
    outs = [from_numpy(results[where]) if kind == "result" else
            args[where] if kind == "input" else
            apply_view(args[where[0]], where[1]) if kind == "view" else where
            for kind, where in lowered.outputs]
    return outs


def check(fn, *args, rtol=1e-5, atol=1e-5):
    def flat(*a):  # graphs from aot_autograd return flat lists of tensors
        return pytree.tree_leaves(fn(*a))
    expected = flat(*args)
    actual = run_lowered(flat, *args)
    assert len(actual) == len(expected)
    for a, e in zip(actual, expected):
        torch.testing.assert_close(a, e, rtol=rtol, atol=atol, equal_nan=True)


def randn(*shape, seed=0):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def test_every_core_aten_op_is_translated_or_explained():
    # every registered aten op (dir(aten) lists only the packets loaded so far, which
    # made this test depend on what ran before it)
    names = sorted({op.split("::")[1].split(".")[0]
                    for op in torch._C._dispatch_get_all_op_names() if op.startswith("aten::")})
    core = []
    for name in names:
        packet = getattr(aten, name, None)
        for overload in getattr(packet, "overloads", lambda: [])():
            op = getattr(packet, overload)
            if torch.Tag.core in op.tags:
                core.append(op)
    decomposed = decompositions()
    missing = [str(op) for op in core
               if op not in LOWERINGS and op not in decomposed and op not in NOT_TRANSLATED
               and not str(op).startswith(("aten.sym_", "aten.atan2.out"))]
    assert not missing, missing
    assert set(LOWERINGS).isdisjoint(NOT_TRANSLATED)


def test_type_promotion_and_scalars():
    i = torch.arange(-6, 6, dtype=torch.int32).reshape(3, 4)
    x = randn(3, 4)
    check(lambda a, b: (a + b * 2, a / 3, a * 2.5, (b > 0) & (a < 2)), i, x)
    check(lambda a: (a // 4, a % 4, torch.remainder(a, -4), torch.fmod(a, 4)), i)
    check(lambda a, b: (a // b, torch.remainder(a, b)), x * 5, randn(3, 4, seed=1))
    check(lambda a: (a.sum(), a.sum(1), a.to(torch.float32).mean(0)), i)


def test_nan_semantics():
    x = torch.tensor([[1.0, float("nan"), 3.0], [2.0, 2.0, -1.0]])
    check(lambda a: (a.max(1), a.argmax(1), a.amax(0), torch.clamp(a, 0, 2),
                     torch.relu(a), torch.fmax(a, torch.zeros(3))), x)
    check(lambda a: torch.sort(a, dim=1), x)
    check(lambda a: torch.sort(a, dim=1, descending=True, stable=True), x)


def test_argmax_ties_take_the_first_index():
    x = torch.tensor([[1.0, 3.0, 3.0, 0.0], [2.0, 2.0, 2.0, 2.0]])
    check(lambda a: (a.argmax(1), a.argmin(1), a.argmax()), x)


def test_indexing():
    x = randn(5, 6, 7)
    idx = torch.tensor([[0, -1], [2, 3]])
    col = torch.tensor([1, 0, 6])
    check(lambda a: a[idx], x)
    check(lambda a: a[:, idx], x)  # indexed dims after a slice stay in place
    check(lambda a: a[idx[:, :1], :, col[:2]], x)  # separated: broadcast dims go first
    check(lambda a: a.index_put((idx[0],), torch.ones(2, 6, 7), accumulate=True), x)
    index = torch.randint(0, 7, (5, 6, 3), generator=torch.Generator().manual_seed(0))
    check(lambda a: torch.gather(a, 2, index), x)
    src = randn(5, 6, 3)
    check(lambda a: a.scatter_reduce(2, index, src, "amax", include_self=False), x)
    check(lambda a: a.scatter_reduce(2, index, src, "mean"), x)
    check(lambda a: a.scatter_add(2, index, src), x)
    check(lambda a: (torch.diagonal(a, 1, 0, 2), a.unfold(1, 3, 2)), x)


def test_views_and_movement():
    x = randn(2, 3, 4)
    check(lambda a: (a.transpose(0, 2).reshape(4, -1), a.expand(5, 2, 3, 4), a[:, 1:, ::2],
                     a.flip(1), a.repeat(2, 1, 3), torch.cat([a, a * 2], 1), a.unbind(1)), x)
    check(lambda a: (F.pad(a, (1, -1, 2, 0), value=3.0), F.pad(a, (2, 1), mode="reflect"),
                     F.pad(a, (2, 1), mode="replicate")), x)
    check(lambda a: torch.as_strided(a, (3, 3), (4, 1), 2), x)
    check(lambda a: (torch.slice_scatter(a, torch.zeros(2, 3, 2), 2, 0, 4, 2),
                     torch.select_scatter(a, torch.ones(2, 4), 1, 1)), x)


def test_reductions_and_scans():
    x = randn(3, 5)
    check(lambda a: (a.var(1), a.var(0, correction=0), torch.cumsum(a, 1),
                     torch.cumprod(a, 0), a.prod(1), torch.logsumexp(a, 1),
                     torch.linalg.vector_norm(a, 3, dim=1), a.std()), x)
    check(lambda a: torch.topk(a, 2, dim=1), x)


def test_normalization_and_softmax():
    x = randn(4, 3, 5, 5)
    w, b = randn(3, seed=1), randn(3, seed=2)
    check(lambda a: (torch.softmax(a, 1), torch.log_softmax(a, -1),
                     F.layer_norm(a, (5, 5)), F.group_norm(a, 3, w, b)), x)
    rm, rv = torch.zeros(3), torch.ones(3)
    check(lambda a: F.batch_norm(a, rm, rv, w, b, training=False), x)
    check(lambda a: F.batch_norm(a, None, None, w, b, training=True), x)


@pytest.mark.parametrize("ceil_mode", [False, True])
def test_pooling(ceil_mode):
    x = randn(2, 3, 7, 6)
    check(lambda a: F.max_pool2d(a, 3, 2, 1, ceil_mode=ceil_mode, return_indices=True), x)
    check(lambda a: F.max_pool2d(a, 2, dilation=2, ceil_mode=ceil_mode), x)
    for include in (True, False):
        check(lambda a: F.avg_pool2d(a, 3, 2, 1, ceil_mode=ceil_mode,
                                     count_include_pad=include), x)
    check(lambda a: (F.adaptive_avg_pool2d(a, (3, 4)), F.adaptive_avg_pool2d(a, 1)), x)


def test_max_pool_without_its_indices_is_a_plain_max_window():
    # values only (inference): one max per window, NaN and infinities as eager has them
    x = randn(2, 3, 7, 6)
    x[0, 0, 2, 2], x[1, 2, 0, 0], x[0, 1, 4, 4] = float("nan"), float("inf"), -float("inf")
    fn = lambda a: F.max_pool2d(a, 3, 2, 1)  # noqa: E731
    check(fn, x)
    gm = make_fx(fn, decomposition_table=decompositions())(x)
    text = print_module(lower_graph(gm, [describe(x)], name="case").module)
    assert "reduce-window" in text and "s64" not in text, text


def test_pooling_backward():
    x = randn(2, 3, 6, 6).requires_grad_()

    def grads(a):
        y = F.max_pool2d(a, 2).sum() + F.avg_pool2d(a, 3, 1, 1).pow(2).sum() + \
            F.adaptive_avg_pool2d(a, 4).exp().sum()
        return torch.autograd.grad(y, a)
    check(grads, x)


@pytest.mark.parametrize("groups", [1, 2, 4])
def test_convolution_forward_and_backward(groups):
    x = randn(2, 4, 7, 6).requires_grad_()
    w = randn(8, 4 // groups, 3, 2, seed=1).requires_grad_()
    b = randn(8, seed=2).requires_grad_()

    def grads(a, weight, bias):
        y = F.conv2d(a, weight, bias, stride=(2, 1), padding=(1, 0), dilation=(1, 2),
                     groups=groups)
        return (y,) + torch.autograd.grad((y * y).sum(), (a, weight, bias))
    check(grads, x, w, b, rtol=1e-4, atol=1e-4)
    wt = randn(4, 3, 3, 3, seed=3)
    check(lambda a: F.conv_transpose2d(a, wt, stride=2, padding=1, output_padding=1,
                                       groups=groups if groups == 1 else 2), x.detach())


@pytest.mark.parametrize("stride", [1, 2])
def test_depthwise_convolution_gradients_with_many_groups(stride):
    # more groups than any per-group expansion would take (MobileNet's 72-channel block)
    x = randn(2, 72, 6, 5).requires_grad_()
    w = randn(144, 1, 3, 3, seed=1).requires_grad_()  # channel multiplier 2

    def grads(a, weight):
        y = F.conv2d(a, weight, stride=stride, padding=1, groups=72)
        return (y,) + torch.autograd.grad((y * y).sum(), (a, weight))
    check(grads, x, w, rtol=1e-4, atol=1e-4)


def test_interpolation():
    x = randn(1, 2, 4, 5)
    check(lambda a: (F.interpolate(a, scale_factor=2, mode="nearest"),
                     F.interpolate(a, size=(7, 3), mode="bilinear", align_corners=False),
                     F.interpolate(a, size=(7, 3), mode="bilinear", align_corners=True)), x)


@pytest.mark.parametrize("mode", ["bilinear", "nearest"])
@pytest.mark.parametrize("padding_mode", ["zeros", "border"])
def test_grid_sample(mode, padding_mode):
    x = randn(2, 3, 5, 6)
    grid = randn(2, 4, 3, 2, seed=1) * 0.8
    for align in (False, True):
        check(lambda a, g: F.grid_sample(a, g, mode=mode, padding_mode=padding_mode,
                                         align_corners=align), x, grid)


def test_attention_forward_and_backward():
    q, k, v = (randn(2, 3, 5, 4, seed=s).requires_grad_() for s in range(3))

    def attend(q, k, v):
        out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return (out,) + torch.autograd.grad(out.pow(2).sum(), (q, k, v))
    check(attend, q, k, v, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("is_causal", [True, False])
def test_grouped_query_attention_forward_and_backward(is_causal):
    # 6 query heads over 2 key/value heads; keys longer than queries when not causal
    q = randn(2, 6, 5, 4).requires_grad_()
    k, v = (randn(2, 2, 5 if is_causal else 7, 4, seed=s).requires_grad_() for s in (1, 2))

    def attend(q, k, v):
        out = F.scaled_dot_product_attention(q, k, v, is_causal=is_causal, enable_gqa=True)
        return (out,) + torch.autograd.grad(out.pow(2).sum(), (q, k, v))
    check(attend, q, k, v, rtol=1e-4, atol=1e-5)


def test_as_strided_scatter():
    x = randn(4, 6)
    check(lambda a, s: torch.as_strided_scatter(a, s, (3, 2), (6, 2), 1), x, randn(3, 2, seed=1))
    check(lambda a, s: torch.as_strided_scatter(a, s, (2, 3, 2), (1, 8, 4)), x,
          randn(2, 3, 2, seed=2))


def test_creation_and_math():
    x = randn(3, 4).abs() + 0.5
    check(lambda a: (torch.arange(2, 11, 3), torch.arange(0.5, 2.0, 0.25),
                     torch.full((2, 2), 7), torch.zeros_like(a, dtype=torch.int64),
                     a.new_ones(3), torch.eye(3)), x)
    check(lambda a: (torch.asin(1 / a), torch.acos(1 / a), torch.atan(a), torch.sinh(a),
                     torch.cosh(a), torch.asinh(a), torch.acosh(a + 1), torch.atanh(1 / (a + 1)),
                     torch.log2(a), torch.log10(a), torch.expm1(a), F.gelu(a),
                     F.gelu(a, approximate="tanh"), F.silu(a), F.elu(-a), F.leaky_relu(-a),
                     torch.trunc(a * 3), torch.round(a * 7, decimals=1)), x)
    assert math.isfinite(float(x.sum()))


def test_sizes_are_concrete_per_lowering():
    def f(a):
        return a.view(a.shape[0] * a.shape[1], -1).sum(0)
    for shape in ((2, 3, 4), (5, 1, 2)):
        x = randn(*shape)
        gm = make_fx(f, decomposition_table=decompositions(), tracing_mode="symbolic")(x)
        lowered = lower_graph(gm, [describe(x)])
        (out,) = [from_numpy(evaluate(lowered.module, [x.numpy()])[0])]
        torch.testing.assert_close(out, f(x))
        assert np.prod(out.shape) == shape[2]
