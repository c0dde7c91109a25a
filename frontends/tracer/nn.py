"""`hlox.nn`: activations and friends, written as jax.nn writes them."""
from __future__ import annotations

from .core import public_names

import numpy as np

from . import lax_api as lax
from . import numpy_api as hnp


def relu(x):
    x = hnp._as_operand(x)
    return hnp.where(hnp.greater(x, 0), x, hnp.zeros_like(x))


def relu6(x):
    return hnp.minimum(relu(x), 6.0)


def sigmoid(x):
    return lax.logistic(x)


def silu(x):
    x = hnp._float(x)
    return hnp.multiply(x, sigmoid(x))


swish = silu


def gelu(x, approximate: bool = True):
    x = hnp._float(x)
    if approximate:
        c = float(np.sqrt(2 / np.pi))
        inner = hnp.multiply(c, hnp.add(x, hnp.multiply(0.044715, hnp.power(x, 3))))
        return hnp.multiply(hnp.multiply(0.5, x), hnp.add(1.0, hnp.tanh(inner)))
    erf = lax.erf(hnp.multiply(x, float(1 / np.sqrt(2))))
    return hnp.multiply(hnp.multiply(0.5, x), hnp.add(1.0, erf))


def softplus(x):
    x = hnp._float(x)
    return hnp.add(hnp.maximum(x, 0.0), hnp.log1p(hnp.exp(hnp.negative(hnp.abs(x)))))


def leaky_relu(x, negative_slope=0.01):
    x = hnp._float(x)
    return hnp.where(hnp.greater_equal(x, 0), x, hnp.multiply(negative_slope, x))


def elu(x, alpha=1.0):
    x = hnp._float(x)
    safe = hnp.where(hnp.greater(x, 0), hnp.zeros_like(x), x)
    return hnp.where(hnp.greater(x, 0), x, hnp.multiply(alpha, hnp.expm1(safe)))


def log_sigmoid(x):
    return hnp.negative(softplus(hnp.negative(x)))


def logsumexp(x, axis=None, keepdims=False, b=None):
    x = hnp._float(x)
    axes = hnp._axes(axis, hnp.ndim(x))
    max_ = lax.stop_gradient(hnp.max(x, axis=axes, keepdims=True))
    max_ = hnp.where(hnp.isfinite(max_), max_, hnp.zeros_like(max_))
    shifted = hnp.exp(hnp.subtract(x, max_))
    if b is not None:
        shifted = hnp.multiply(shifted, b)
    out = hnp.add(hnp.log(hnp.sum(shifted, axis=axes, keepdims=True)), max_)
    return out if keepdims else hnp.squeeze(out, axes) if axes else out


def softmax(x, axis=-1):
    x = hnp._float(x)
    unnormalized = hnp.exp(hnp.subtract(x, lax.stop_gradient(hnp.max(x, axis, keepdims=True))))
    return hnp.divide(unnormalized, hnp.sum(unnormalized, axis, keepdims=True))


def log_softmax(x, axis=-1):
    x = hnp._float(x)
    shifted = hnp.subtract(x, lax.stop_gradient(hnp.max(x, axis, keepdims=True)))
    return hnp.subtract(shifted, hnp.log(hnp.sum(hnp.exp(shifted), axis, keepdims=True)))


def one_hot(x, num_classes: int, dtype=np.float32, axis=-1):
    x = hnp._as_operand(x)
    classes = hnp.arange(num_classes, dtype=np.int32)
    shape = [1] * (hnp.ndim(x) + 1)
    axis = axis % (hnp.ndim(x) + 1)
    shape[axis] = num_classes
    expanded = hnp.expand_dims(x, axis)
    return hnp.astype(hnp.equal(expanded, hnp.reshape(classes, shape)), dtype)


def standardize(x, axis=-1, epsilon=1e-5):
    mean = hnp.mean(x, axis, keepdims=True)
    var = hnp.var(x, axis, keepdims=True)
    return hnp.multiply(hnp.subtract(x, mean), lax.rsqrt(hnp.add(var, epsilon)))


def tanh(x):
    return hnp.tanh(x)




__all__ = public_names(globals())
