"""`hlox.numpy.fft`: the Array API's (2024.12) fft extension, as numpy.fft / jax.numpy.fft.

Every transform lowers to HLO's `fft` op (FFT / IFFT / RFFT / IRFFT over the trailing one
to three axes): the transformed axes are moved to the end, each padded with zeros or
sliced to its length `n` first, transformed in groups of at most three, and moved back.
`norm` scales as numpy's does: "backward" (1/n on the inverse, which HLO's IFFT applies),
"ortho" (1/sqrt(n) both ways), "forward" (1/n on the forward transform).
"""
from __future__ import annotations

import math

import numpy as np

from . import numpy_api as hnp
from . import primitives as P
from .core import DEFAULT_FLOAT, dtype_kind
from .indexing import pad as _pad_op, slice_ as _slice_op

_NORMS = ("backward", "ortho", "forward")
_INVERSE = {"FFT": False, "RFFT": False, "IFFT": True, "IRFFT": True}


def _complex_operand(x):
    x = hnp._as_operand(x)
    kind = dtype_kind(P.aval_of(x).dtype)
    if kind == "c":
        return x
    real = P.aval_of(x).dtype if kind == "f" else DEFAULT_FLOAT
    return hnp.astype(x, P.complex_dtype(real))


def _real_operand(x, name):
    x = hnp._as_operand(x)
    kind = dtype_kind(P.aval_of(x).dtype)
    if kind == "c":
        raise TypeError(f"fft.{name} takes a real array, got {P.aval_of(x).str_short()}")
    return x if kind == "f" else hnp.astype(x, DEFAULT_FLOAT)


def _resize(x, axis, size):
    """x with its `axis` cut to `size`, or zero-padded to it."""
    shape = P.aval_of(x).shape
    if shape[axis] > size:
        return _slice_op(x, (0,) * len(shape), shape[:axis] + (size,) + shape[axis + 1:])
    if shape[axis] < size:
        config = [(0, 0, 0)] * len(shape)
        config[axis] = (0, size - shape[axis], 0)
        return _pad_op(x, np.zeros((), P.aval_of(x).dtype), config)
    return x


def _on_trailing(x, kind, lengths):
    """HLO's fft over the trailing len(lengths) axes, in groups of at most three (the
    real-to-complex group first, the complex-to-real group last)."""
    k = len(lengths)
    groups = [(k - j - 3 if j + 3 < k else 0, k - j) for j in range(0, k, 3)]  # from the end
    if kind == "IRFFT":
        groups = groups[::-1]
    ndim = P.aval_of(x).ndim
    for lo, hi in groups:
        group_kind = kind if hi == k else ("IFFT" if _INVERSE[kind] else "FFT")
        stop = ndim - k + hi
        if stop != ndim:  # bring the group to the end and back
            order = [i for i in range(ndim) if not ndim - k + lo <= i < stop]
            order += list(range(ndim - k + lo, stop))
            x = P.transpose(P.fft(P.transpose(x, order), group_kind, lengths[lo:hi]),
                            np.argsort(order))
        else:
            x = P.fft(x, group_kind, lengths[lo:hi])
    return x


def _transform(x, kind, s, axes, norm, name):
    """The n-dimensional transform `kind` of x over `axes` with lengths `s`."""
    if norm not in _NORMS:
        raise ValueError(f"fft.{name}: norm must be one of {', '.join(_NORMS)}, got {norm!r}")
    x = _real_operand(x, name) if kind == "RFFT" else _complex_operand(x)
    ndim = P.aval_of(x).ndim
    if axes is None:
        axes = tuple(range(ndim)) if s is None else tuple(range(ndim - len(s), ndim))
    axes = tuple(int(a) % ndim if ndim else int(a) for a in axes)
    if len(set(axes)) != len(axes):
        raise ValueError(f"fft.{name}: repeated axes {axes}")
    shape = P.aval_of(x).shape
    if s is None:
        s = [shape[a] for a in axes]
        if kind == "IRFFT":
            s[-1] = 2 * (shape[axes[-1]] - 1)
    s = tuple(int(n) for n in s)
    if len(s) != len(axes) or any(n < 1 for n in s):
        raise ValueError(f"fft.{name}: lengths {s} must be positive, one per axis {axes}")
    stored = s[:-1] + (s[-1] // 2 + 1,) if kind == "IRFFT" else s
    for a, n in zip(axes, stored):
        x = _resize(x, a, n)
    order = [i for i in range(ndim) if i not in axes] + list(axes)
    y = P.transpose(_on_trailing(P.transpose(x, order), kind, s), np.argsort(order))
    scale = _scale(norm, _INVERSE[kind], math.prod(s))
    return y if scale == 1 else hnp.multiply(y, scale)


def _scale(norm, inverse, n):
    """What multiplies the unnormalized (forward) or 1/n (inverse) result."""
    if norm == "ortho":
        return math.sqrt(n) if inverse else 1 / math.sqrt(n)
    if norm == "forward":
        return n if inverse else 1 / n
    return 1


def _one_axis(n, axis):
    return None if n is None else (n,), (axis,)


_SWAPPED = {"backward": "forward", "forward": "backward", "ortho": "ortho"}


class fft:  # noqa: N801  (a namespace, as numpy.fft)
    """The Array API's fft extension; every transform lowers to HLO's fft op."""

    @staticmethod
    def fft(x, /, *, n=None, axis=-1, norm="backward"):
        return _transform(x, "FFT", *_one_axis(n, axis), norm, "fft")

    @staticmethod
    def ifft(x, /, *, n=None, axis=-1, norm="backward"):
        return _transform(x, "IFFT", *_one_axis(n, axis), norm, "ifft")

    @staticmethod
    def fftn(x, /, *, s=None, axes=None, norm="backward"):
        return _transform(x, "FFT", s, axes, norm, "fftn")

    @staticmethod
    def ifftn(x, /, *, s=None, axes=None, norm="backward"):
        return _transform(x, "IFFT", s, axes, norm, "ifftn")

    @staticmethod
    def rfft(x, /, *, n=None, axis=-1, norm="backward"):
        return _transform(x, "RFFT", *_one_axis(n, axis), norm, "rfft")

    @staticmethod
    def irfft(x, /, *, n=None, axis=-1, norm="backward"):
        return _transform(x, "IRFFT", *_one_axis(n, axis), norm, "irfft")

    @staticmethod
    def rfftn(x, /, *, s=None, axes=None, norm="backward"):
        return _transform(x, "RFFT", s, axes, norm, "rfftn")

    @staticmethod
    def irfftn(x, /, *, s=None, axes=None, norm="backward"):
        return _transform(x, "IRFFT", s, axes, norm, "irfftn")

    @staticmethod
    def hfft(x, /, *, n=None, axis=-1, norm="backward"):
        """The real spectrum of a Hermitian-symmetric signal given by its first half."""
        return _transform(hnp.conj(_complex_operand(x)), "IRFFT", *_one_axis(n, axis),
                          _SWAPPED.get(norm, norm), "hfft")

    @staticmethod
    def ihfft(x, /, *, n=None, axis=-1, norm="backward"):
        return hnp.conj(_transform(x, "RFFT", *_one_axis(n, axis), _SWAPPED.get(norm, norm),
                                   "ihfft"))

    @staticmethod
    def fftfreq(n, /, *, d=1.0, dtype=None, device=None):
        """[0, 1, ..., -(n // 2), ..., -1] / (d n): the sample frequencies of an fft."""
        hnp._check_device(device)
        k = np.concatenate([np.arange((n - 1) // 2 + 1), np.arange(-(n // 2), 0)])
        return hnp.asarray(k / (d * n), dtype=DEFAULT_FLOAT if dtype is None else dtype)

    @staticmethod
    def rfftfreq(n, /, *, d=1.0, dtype=None, device=None):
        """[0, 1, ..., n // 2] / (d n): the sample frequencies of an rfft."""
        hnp._check_device(device)
        return hnp.asarray(np.arange(n // 2 + 1) / (d * n),
                           dtype=DEFAULT_FLOAT if dtype is None else dtype)

    @staticmethod
    def fftshift(x, /, *, axes=None):
        """The zero frequency moved to the middle: every axis rolled by half its size."""
        return _shift(x, axes, lambda n: n // 2)

    @staticmethod
    def ifftshift(x, /, *, axes=None):
        return _shift(x, axes, lambda n: -(n // 2))


def _shift(x, axes, amount):
    x = hnp._as_operand(x)
    shape = P.aval_of(x).shape
    axes = range(len(shape)) if axes is None else (axes,) if isinstance(axes, int) else axes
    for a in axes:
        x = hnp.roll(x, amount(shape[a]), axis=a)
    return x
