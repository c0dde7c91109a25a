"""Ops outside core ATen with rules of hlox's own (frontends/torch/aten_extra.py), through
torch.compile(backend="hlox"): each graph must be compiled by hlox whole (nothing left
to eager PyTorch) and match eager, edge cases included."""
import pytest

torch = pytest.importorskip("torch")
F = torch.nn.functional

from hlox.frontends.torch import record_graphs  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_dynamo():
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


def check(fn, *args, rtol=1e-4, atol=1e-4):
    expected = fn(*args)
    with record_graphs() as records:
        actual = torch.compile(fn, backend="hlox", dynamic=False)(*args)
    assert records, "no graph reached hlox"
    assert [op for r in records for op in r.eager_ops] == []
    assert all(r.fully_compiled for r in records)
    torch.testing.assert_close(actual, expected, rtol=rtol, atol=atol, equal_nan=True)


def randn(*shape, seed=0, dtype=torch.float32):
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed), dtype=dtype)


POLYNOMIALS = [
    torch.special.chebyshev_polynomial_t, torch.special.chebyshev_polynomial_u,
    torch.special.chebyshev_polynomial_v, torch.special.chebyshev_polynomial_w,
    torch.special.shifted_chebyshev_polynomial_t, torch.special.shifted_chebyshev_polynomial_u,
    torch.special.shifted_chebyshev_polynomial_v, torch.special.shifted_chebyshev_polynomial_w,
    torch.special.hermite_polynomial_h, torch.special.hermite_polynomial_he,
    torch.special.laguerre_polynomial_l, torch.special.legendre_polynomial_p,
]


def test_orthogonal_polynomials_with_their_special_cases():
    # x: the ends of both intervals, just inside them, outside; n: negative, 0, 1, the
    # recurrence, past the closed-form thresholds (4, 6, 8), past Hermite's limit (128),
    # fractional (truncated), NaN and inf (as INT64_MIN: 0)
    x = torch.tensor([1.0, -1.0, 0.0, 0.5, 1 - 6e-8, -1 + 6e-8, 1e-10, 0.25, 2.5, -3.0,
                      0.9, -0.3])
    n = torch.tensor([-1.0, 0.0, 1.0, 2.0, 3.7, 5.0, 7.0, 9.0, 12.0, 130.0, float("nan"),
                      float("inf")])
    xs, ns = x[:, None].expand(12, 12), n[None, :].expand(12, 12)

    def all_polynomials(x, n):
        return tuple(p(x, n) for p in POLYNOMIALS)

    check(all_polynomials, xs.contiguous(), ns.contiguous())


def test_polynomials_with_a_scalar_degree_and_integer_degrees():
    x = randn(5, 4)
    check(lambda x: torch.special.chebyshev_polynomial_u(x, 5), x)
    check(lambda x, n: torch.special.legendre_polynomial_p(x, n), x,
          torch.tensor([0, 3, 6, 11]))


def test_logcumsumexp_float_with_infinities_and_complex():
    x = randn(4, 5, 3)
    x[0, 0, 0], x[1, 1, 1], x[2, 2, 2] = -100.0, float("-inf"), float("inf")
    check(lambda x: (torch.logcumsumexp(x, 0), torch.logcumsumexp(x, -1)), x)
    check(lambda x: torch.logcumsumexp(x, 0), torch.tensor(3.0))
    check(lambda z: torch.logcumsumexp(z, 1), randn(3, 6, dtype=torch.complex64))


def test_nonzero_static_pads_and_truncates():
    x = torch.tensor([[0.0, 1, 0], [2, 0, 3]])
    check(lambda x: tuple(torch.nonzero_static(x, size=s) for s in (0, 2, 5)), x)
    check(lambda x: torch.nonzero_static(x, size=4, fill_value=7), x)
    check(lambda z: torch.nonzero_static(z, size=4),
          torch.tensor([0, 1j, 0, 2 + 0j, 3], dtype=torch.complex64))


@pytest.mark.parametrize("reduce", ["amax", "amin", "prod", "mean"])
def test_index_reduce_with_and_without_self(reduce):
    x, source, index = randn(4, 5), randn(4, 3, seed=1), torch.tensor([0, 4, 0])
    check(lambda x, s: (x.index_reduce(1, index, s, reduce),
                        x.index_reduce(1, index, s, reduce, include_self=False)), x, source)


def test_segment_reduce_lengths_offsets_initial_and_empty_segments():
    data = randn(6, 3)
    data[4, 1] = float("nan")
    lengths, offsets = torch.tensor([0, 2, 1, 3]), torch.tensor([1, 1, 3, 4, 6])

    def reductions(d, lengths, offsets):
        out = []
        for reduce in ("max", "min", "sum", "mean", "prod"):
            out.append(torch.segment_reduce(d, reduce, lengths=lengths))
            out.append(torch.segment_reduce(d, reduce, offsets=offsets, initial=2.0))
        return tuple(out)

    check(reductions, data, lengths, offsets)
    check(lambda d, lengths: torch.segment_reduce(d, "mean", lengths=lengths, axis=1),
          randn(2, 5, 3), torch.tensor([[2, 3], [0, 5]]))


def test_mode_takes_the_smallest_most_frequent_value_and_its_last_index():
    check(lambda x: torch.mode(x, 0), torch.tensor([[1.0, 2], [3, 2], [1, 3], [3, 3], [2, 2]]))
    check(lambda x: torch.mode(x, -1, True), torch.tensor([[4.0, 1, 4, 1, 7], [0, 0, 5, 5, 5]]))
    check(lambda x: torch.mode(x, 1), randn(3, 4, 5))


def test_histc_histogram_histogramdd():
    x = randn(50) * 3
    x[3] = float("nan")  # skipped
    weight = torch.rand(50, generator=torch.Generator().manual_seed(2))
    check(lambda x: (torch.histc(x, 7, -2, 3), torch.histc(x[4:], 5)), x)
    check(lambda x: torch.histc(x, 3), torch.full((4,), 2.0))  # one value: widened by 1
    check(lambda x, w: torch.histogram(x, 6, range=(-1.0, 2.0), weight=w, density=True),
          x, weight)
    check(lambda x: torch.histogram(x, 4), torch.tensor(-8.4))  # one value: widened by 0.5
    check(lambda x, b: torch.histogram(x, b), randn(50), torch.tensor([-1.0, 0.0, 0.5, 2.0]))
    y = randn(20, 3)
    check(lambda y: torch.histogramdd(y, [2, 3, 4], density=True), y)
    check(lambda y: torch.histogramdd(y, [torch.tensor([-1.0, 0, 1]), torch.tensor([-2.0, 2]),
                                          torch.tensor([0.0, 1, 2, 3])]), y)


def test_adaptive_max_pool_uneven_windows_and_first_maximum():
    check(lambda x: F.adaptive_max_pool2d(x, (3, 2), return_indices=True), randn(2, 3, 7, 5))
    check(lambda x: F.adaptive_max_pool1d(x, 3, return_indices=True), randn(3, 4, 4))
    check(lambda x: F.adaptive_max_pool3d(x, (2, 3, 2), return_indices=True),
          randn(1, 2, 5, 4, 3))
    ties = torch.zeros(1, 1, 5, 5)
    ties[0, 0, 1, 1] = ties[0, 0, 2, 2] = 1
    check(lambda x: F.adaptive_max_pool2d(x, 2, return_indices=True), ties)


@pytest.mark.parametrize("mode", ["sum", "mean", "max"])
def test_embedding_bag_modes_padding_and_last_offset(mode):
    weight, indices = randn(10, 3), torch.tensor([5, 1, 6, 5, 6, 2, 0])
    offsets = torch.tensor([0, 3, 3, 5])  # an empty bag

    def bags(w, i):
        return (F.embedding_bag(i, w, offsets, mode=mode),
                F.embedding_bag(i, w, offsets, mode=mode, padding_idx=5),
                F.embedding_bag(i, w, torch.tensor([0, 3, 3, 7]), mode=mode,
                                include_last_offset=True))

    check(bags, weight, indices)
    code = {"sum": 0, "mean": 1, "max": 2}[mode]
    check(lambda w, i: torch.ops.aten._embedding_bag(w, i, offsets, False, code)[0], weight,
          indices)  # the core ATen op, its bag bookkeeping unread
    if mode == "sum":
        check(lambda w, i, p: F.embedding_bag(i, w, offsets, mode="sum", per_sample_weights=p),
              weight, indices, torch.rand(7, generator=torch.Generator().manual_seed(3)))


@pytest.mark.parametrize("dims", [(2, 3, 5, 6), (2, 3, 4, 5, 6)], ids=["2d", "3d"])
def test_grid_sample_2d_and_3d(dims):
    x = randn(*dims)
    grid = torch.rand(2, 3, 4, *([2] if len(dims) == 5 else []), len(dims) - 2,
                      generator=torch.Generator().manual_seed(1)) * 2.4 - 1.2

    def samples(x, g):
        return tuple(F.grid_sample(x, g, mode=mode, padding_mode=padding, align_corners=corners)
                     for mode in ("bilinear", "nearest") for padding in ("zeros", "border")
                     for corners in (False, True))

    check(samples, x, grid)


def test_antialiased_bilinear_upsampling():
    x = randn(2, 3, 10, 20)
    check(lambda x: tuple(
        F.interpolate(x, size=size, mode="bilinear", antialias=True, align_corners=corners)
        for size in ((3, 3), (17, 31), (10, 7)) for corners in (False, True)), x)
    check(lambda x: F.interpolate(x, scale_factor=(1.7, 0.9), mode="bilinear", antialias=True),
          x)


def test_chunked_linear_cross_entropy():
    import torch.nn.modules.linear_cross_entropy  # noqa: F401 - registers the ops
    chunked = torch.ops.torch_nn._linear_cross_entropy_batch_chunked.default
    unreduced = torch.ops.torch_nn._linear_cross_entropy_batch_chunked_no_reduction.default
    x, w, bias = randn(6, 4), randn(5, 4, seed=1), randn(5, seed=2)
    class_weight = torch.rand(5, generator=torch.Generator().manual_seed(3))
    target = torch.tensor([0, 4, 3, 2, 2, 1])

    def losses(x, w, t, b, cw):
        out = []
        for reduction in ("mean", "sum"):
            out.append(chunked(x, w, t, b, cw, reduction, -100, 0.0, 2, "none", torch.float32,
                               False, False, False, False)[0])
            # target 2 ignored: no contribution, not in the mean's denominator
            out.append(chunked(x, w, t, None, None, reduction, 2, 0.0, 4, "none",
                               torch.float32, False, False, False, False)[0])
        out.append(unreduced(x, w, t, b, cw, -100, 2, "none", torch.float32))
        out.append(unreduced(x, w, t, None, None, 2, 2, "none", torch.float32))
        return tuple(out)

    check(losses, x, w, target, bias, class_weight)


def test_hash_tensor_xors_the_64_bit_patterns():
    x = randn(4, 5)
    check(lambda x: (torch.hash_tensor(x), torch.hash_tensor(x, 1, keepdim=True)), x)
    check(lambda x: torch.hash_tensor(x, 0), torch.tensor([[-1, 3], [5, -7]], dtype=torch.int32))
    check(lambda x: torch.hash_tensor(x), torch.tensor([200, 3], dtype=torch.uint8))
    check(lambda x: torch.hash_tensor(x), torch.tensor([True, False, True]))
