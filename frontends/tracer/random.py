"""`hlox.random`: JAX's counter-based Threefry-2x32 PRNG (partitionable variant).

A key is a uint32 array of shape (2,), as `jax.random.PRNGKey` makes; the same key always
gives the same numbers, and `split` / `fold_in` derive independent keys."""
from __future__ import annotations

from .core import public_names

import numpy as np

from . import lax_api as lax
from . import numpy_api as hnp
from .api import jit
from .primitives import aval_of

_ROTATIONS = ((13, 15, 26, 6), (17, 29, 16, 24))


def _rotate_left(v, d):
    return hnp.bitwise_or(lax.shift_left(v, np.uint32(d)),
                          lax.shift_right_logical(v, np.uint32(32 - d)))


def threefry_2x32(k1, k2, x0, x1):
    """Threefry-2x32 with 20 rounds on uint32 arrays x0, x1 (same shapes) and scalar keys."""
    ks = [k1, k2, hnp.bitwise_xor(hnp.bitwise_xor(k1, k2), np.uint32(0x1BD11BDA))]
    x = [hnp.add(x0, ks[0]), hnp.add(x1, ks[1])]
    for i in range(5):
        for r in _ROTATIONS[i % 2]:
            x[0] = hnp.add(x[0], x[1])
            x[1] = _rotate_left(x[1], r)
            x[1] = hnp.bitwise_xor(x[0], x[1])
        x[0] = hnp.add(x[0], ks[(i + 1) % 3])
        x[1] = hnp.add(hnp.add(x[1], ks[(i + 2) % 3]), np.uint32(i + 1))
    return x[0], x[1]


def _seed(seed):
    seed = hnp._as_operand(seed)
    if aval_of(seed).dtype.itemsize == 8:
        hi = hnp.astype(lax.shift_right_logical(seed, np.asarray(32, aval_of(seed).dtype)),
                        np.uint32)
    else:
        hi = hnp.zeros((), np.uint32)
    lo = hnp.astype(seed, np.uint32)
    return hnp.stack([hi, lo])


@jit
def _key_impl(seed):
    return _seed(seed)


def PRNGKey(seed) -> "hnp.ndarray":
    if isinstance(seed, int):
        seed = np.int64(seed) if not -2**31 <= seed < 2**31 else np.int32(seed)
    return _key_impl(seed)


key = PRNGKey


def _iota_2x32(shape):
    """The row-major position of every element of `shape` as a 64-bit counter (hi, lo)."""
    n = int(np.prod(shape)) if shape else 1
    counts = np.arange(n, dtype=np.uint64).reshape(shape)
    hi = (counts >> np.uint64(32)).astype(np.uint32)
    lo = (counts & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return hnp.asarray(hi), hnp.asarray(lo)


def _check_key(k):
    k = hnp._as_operand(k)
    a = aval_of(k)
    if a.shape[-1:] != (2,) or a.dtype != np.uint32:
        raise TypeError(f"a PRNG key is a uint32[2] array (from hlox.random.PRNGKey), got "
                        f"{a.str_short()}")
    return k


def _bits(k, shape):
    hi, lo = _iota_2x32(shape)
    b1, b2 = threefry_2x32(k[0], k[1], hi, lo)
    return hnp.bitwise_xor(b1, b2)


def _split_impl(k, num):
    hi, lo = _iota_2x32((num,))
    b1, b2 = threefry_2x32(k[0], k[1], hi, lo)
    return hnp.stack([b1, b2], axis=1)


_split_jit = jit(_split_impl, static_argnums=1)


def split(k, num: int = 2):
    return _split_jit(_check_key(k), num)


def _fold_in_impl(k, data):
    d = _seed(hnp.astype(data, np.uint32))
    b1, b2 = threefry_2x32(k[0], k[1], hnp.reshape(d[0], (1,)), hnp.reshape(d[1], (1,)))
    return hnp.concatenate([b1, b2])


_fold_in_jit = jit(_fold_in_impl)


def fold_in(k, data):
    return _fold_in_jit(_check_key(k), data)


def _shape(shape):
    return (int(shape),) if isinstance(shape, (int, np.integer)) else tuple(shape)


def _uniform_impl(k, shape, dtype, minval, maxval):
    dtype = np.dtype(dtype)
    nbits = dtype.itemsize * 8
    if nbits != 32:
        bits = _bits(k, shape)
        floats = hnp.astype(lax.shift_right_logical(bits, np.uint32(8)), np.float64) * (
            2.0 ** -24)
        floats = hnp.astype(floats, dtype)
    else:
        nmant = np.finfo(dtype).nmant
        bits = _bits(k, shape)
        one_bits = np.asarray(1.0, dtype).view(np.uint32)
        float_bits = hnp.bitwise_or(lax.shift_right_logical(bits, np.uint32(nbits - nmant)),
                                    one_bits)
        floats = hnp.subtract(lax.bitcast_convert_type(float_bits, dtype), np.asarray(1, dtype))
    minval = hnp.astype(minval, dtype)
    maxval = hnp.astype(maxval, dtype)
    return hnp.maximum(minval, hnp.add(hnp.multiply(floats, hnp.subtract(maxval, minval)),
                                       minval))


_uniform_jit = jit(_uniform_impl, static_argnums=(1, 2))


def uniform(k, shape=(), dtype=np.float32, minval=0.0, maxval=1.0):
    return _uniform_jit(_check_key(k), _shape(shape), np.dtype(dtype).name, minval, maxval)


def _normal_impl(k, shape, dtype):
    dtype = np.dtype(dtype)
    lo = np.nextafter(np.asarray(-1.0, dtype), np.asarray(0.0, dtype))
    u = _uniform_impl(k, shape, dtype, lo, np.asarray(1.0, dtype))
    return hnp.multiply(np.asarray(np.sqrt(2), dtype), lax.erf_inv(u))


_normal_jit = jit(_normal_impl, static_argnums=(1, 2))


def normal(k, shape=(), dtype=np.float32):
    return _normal_jit(_check_key(k), _shape(shape), np.dtype(dtype).name)


def bernoulli(k, p=0.5, shape=None):
    p = hnp._as_operand(p)
    shape = aval_of(p).shape if shape is None else _shape(shape)
    return hnp.less(uniform(k, shape, np.float32), p)


def randint(k, shape, minval, maxval, dtype=np.int32):
    """Uniform integers in [minval, maxval) (from uniform floats; not JAX's bits)."""
    u = uniform(k, shape, np.float32)
    span = hnp.subtract(hnp.astype(maxval, np.float32), hnp.astype(minval, np.float32))
    return hnp.astype(hnp.add(hnp.floor(hnp.multiply(u, span)), minval), dtype)


def permutation(k, n: int):
    """A random permutation of range(n) (sorting random keys; not JAX's bits)."""
    return hnp.argsort(uniform(k, (n,)))


def categorical(k, logits, axis=-1):
    u = uniform(k, hnp.shape(logits), np.float32, np.finfo(np.float32).tiny, 1.0)
    gumbel = hnp.negative(hnp.log(hnp.negative(hnp.log(u))))
    return hnp.argmax(hnp.add(logits, gumbel), axis=axis)




__all__ = public_names(globals())
