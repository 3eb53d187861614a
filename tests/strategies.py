"""Hypothesis strategies for random blocks: small shapes, so both valid and invalid blocks are common."""

from __future__ import annotations

from hypothesis import strategies as st

from core.model.block import Block, Layer

small = st.integers(1, 4)
pairs = st.one_of(small, st.tuples(small, small))


def _maybe(name: str, strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.just({}), strategy.map(lambda v: {name: v}))


def _merge(*parts: st.SearchStrategy) -> st.SearchStrategy:
    return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})


conv_params = _merge(
    st.integers(1, 8).map(lambda v: {"out_channels": v}),
    pairs.map(lambda v: {"kernel_size": v}),
    _maybe("stride", pairs),
    _maybe(
        "padding",
        st.one_of(
            st.integers(0, 3), st.tuples(st.integers(0, 3), st.integers(0, 3)), st.sampled_from(["same", "valid"])
        ),
    ),
    _maybe("dilation", st.one_of(st.integers(1, 3), st.tuples(st.integers(1, 3), st.integers(1, 3)))),
    _maybe("groups", st.sampled_from([1, 2, 3, 4])),
    _maybe("bias", st.booleans()),
    _maybe("padding_mode", st.sampled_from(["zeros", "reflect", "replicate", "circular"])),
)
bn_params = _merge(
    _maybe("eps", st.sampled_from([1e-5, 1e-3, 0.1])),
    _maybe("momentum", st.sampled_from([None, 0.1, 0.5])),
    _maybe("affine", st.booleans()),
    _maybe("track_running_stats", st.booleans()),
)
relu_params = _maybe("inplace", st.booleans())
pool_common = (
    pairs.map(lambda v: {"kernel_size": v}),
    _maybe("stride", st.one_of(st.none(), pairs)),
    _maybe("padding", st.one_of(st.integers(0, 2), st.tuples(st.integers(0, 2), st.integers(0, 2)))),
    _maybe("ceil_mode", st.booleans()),
)
maxpool_params = _merge(
    *pool_common, _maybe("dilation", st.one_of(st.integers(1, 2), st.tuples(st.integers(1, 2), st.integers(1, 2))))
)
avgpool_params = _merge(*pool_common, _maybe("count_include_pad", st.booleans()))

flatten_params = _merge(_maybe("start_dim", st.integers(-4, 3)), _maybe("end_dim", st.integers(-4, 3)))
linear_params = _merge(st.integers(1, 6).map(lambda v: {"out_features": v}), _maybe("bias", st.booleans()))
dropout_params = _merge(_maybe("p", st.sampled_from([0.0, 0.3, 1.0])), _maybe("inplace", st.booleans()))
adaptive_params = st.one_of(small, st.tuples(small, small)).map(lambda v: {"output_size": v})

layers = st.one_of(
    flatten_params.map(lambda p: Layer("Flatten", p)),
    linear_params.map(lambda p: Layer("Linear", p)),
    dropout_params.map(lambda p: Layer("Dropout", p)),
    dropout_params.map(lambda p: Layer("Dropout2d", p)),
    _maybe("negative_slope", st.sampled_from([0.0, 0.2, -1.5])).map(lambda p: Layer("LeakyReLU", p)),
    _maybe("approximate", st.sampled_from(["none", "tanh"])).map(lambda p: Layer("GELU", p)),
    st.just(Layer("SiLU")),
    st.just(Layer("Sigmoid")),
    adaptive_params.map(lambda p: Layer("AdaptiveAvgPool2d", p)),
    conv_params.map(lambda p: Layer("Conv2d", p)),
    bn_params.map(lambda p: Layer("BatchNorm2d", p)),
    relu_params.map(lambda p: Layer("ReLU", p)),
    maxpool_params.map(lambda p: Layer("MaxPool2d", p)),
    avgpool_params.map(lambda p: Layer("AvgPool2d", p)),
)


def _normalised(layer: Layer) -> Layer:
    """Drop values equal to torch's defaults, as Block.set_param would."""
    from core.layers.registry import LAYER_KINDS

    kind = LAYER_KINDS[layer.kind]
    params = {
        k: v for k, v in layer.params.items() if v != kind.spec_by_name[k].default or kind.spec_by_name[k].required
    }
    return Layer(layer.kind, params)


# image inputs (N, C, H, W) and, a third of the time, feature inputs (N, F): after an (N, F)
# input Linear, Flatten and the activations work, and every 2-d layer must be refused as torch does
image_shapes = st.tuples(st.integers(1, 3), st.integers(1, 6), st.integers(1, 12), st.integers(1, 12))
feature_shapes = st.tuples(st.integers(1, 3), st.integers(1, 12))
input_shapes = st.one_of(image_shapes, image_shapes, feature_shapes)

blocks = st.builds(
    lambda ls, shape, container: Block([_normalised(x) for x in ls], input_shape=shape, container=container),
    st.lists(layers, min_size=0, max_size=6),
    input_shapes,
    st.sampled_from(["sequential", "attributes"]),
)
