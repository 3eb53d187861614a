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
    _maybe("groups", st.sampled_from([1, 1, 1, 2, 3, 4])),
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

deconv_params = _merge(
    st.integers(1, 8).map(lambda v: {"out_channels": v}),
    pairs.map(lambda v: {"kernel_size": v}),
    _maybe("stride", pairs),
    _maybe("padding", st.integers(0, 2)),
    _maybe("output_padding", st.integers(0, 2)),
    _maybe("dilation", st.integers(1, 2)),
    _maybe("groups", st.sampled_from([1, 1, 2])),
    _maybe("bias", st.booleans()),
)
upsample_params = st.one_of(
    st.sampled_from([0.5, 1.5, 2.0, 3.0]).map(lambda v: {"scale_factor": v}),
    pairs.map(lambda v: {"scale_factor": None, "size": v}),
).flatmap(lambda p: st.sampled_from(["nearest", "bilinear"]).map(lambda m: {**p, "mode": m}))
dim_params = st.integers(-4, 3).map(lambda v: {"dim": v})

layers = st.one_of(
    deconv_params.map(lambda p: Layer("ConvTranspose2d", p)),
    upsample_params.map(lambda p: Layer("Upsample", p)),
    dim_params.map(lambda p: Layer("Softmax", p)),
    dim_params.map(lambda p: Layer("LogSoftmax", p)),
    st.just(Layer("Tanh")),
    st.just(Layer("Identity")),
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
# sides mostly 4..16, sometimes 1..3 (where kernels stop fitting): most blocks valid, enough not
side = st.one_of(st.integers(4, 16), st.integers(4, 16), st.integers(1, 3))
image_shapes = st.tuples(st.integers(1, 3), st.integers(1, 6), side, side)
feature_shapes = st.tuples(st.integers(1, 3), st.integers(1, 12))
input_shapes = st.one_of(image_shapes, image_shapes, feature_shapes)

_FLAT_KINDS = ("Flatten", "Linear")


def _build(ls: list[Layer], shape: tuple, container: str, ordered: bool) -> Block:
    if ordered:  # as people write them: image layers first, then Flatten and Linear
        ls = [x for x in ls if x.kind not in _FLAT_KINDS] + [x for x in ls if x.kind in _FLAT_KINDS]
        if len(shape) == 2:  # a features input takes no image layer
            ls = [x for x in ls if x.kind in _FLAT_KINDS or x.kind in ("ReLU", "Dropout", "GELU", "SiLU", "Sigmoid")]
    return Block([_normalised(x) for x in ls], input_shape=shape, container=container)


# three in four blocks ordered as people write them; the rest in any order (mostly refused):
# an empty block about one time in ten, not a quarter of the time
blocks = st.builds(
    _build,
    st.integers(0, 9).flatmap(lambda i: st.lists(layers, min_size=0 if i == 0 else 1, max_size=0 if i == 0 else 6)),
    input_shapes,
    st.sampled_from(["sequential", "attributes"]),
    st.sampled_from([True, True, True, False]),
)


# ---- graph blocks ------------------------------------------------------------------------
# Built as a learner would write them: chains, residual blocks with and without projection,
# DenseNet-style concatenations, a module called twice, functional ops and a flatten + Linear
# head. The strategy tracks (C, H, W) so most graphs are valid; a few deliberate slips (a skip
# without the projection it needs, a wrong cat dim, a big kernel) keep the invalid side honest.


def _conv_out(size: int, k: int, s: int, p: int) -> int:
    return (size + 2 * p - k) // s + 1


@st.composite
def graph_blocks(draw: st.DrawFn) -> Block:  # noqa: C901 - one small builder per pattern, in line
    from core.model.steps import INPUT, Container, Module, Step

    n, c, h, w = draw(st.integers(1, 2)), draw(st.integers(1, 6)), draw(st.integers(4, 12)), draw(st.integers(4, 12))
    start = (n, c, h, w)
    modules: list = []
    steps: list[Step] = []
    current = INPUT
    counter = [0]

    def name(prefix: str) -> str:
        counter[0] += 1
        return f"{prefix}{counter[0]}"

    def step(op: str, target: str, inputs: list[int], params: dict | None = None, output: str = "out") -> int:
        steps.append(Step(op, target, inputs, params or {}, output))
        return steps[-1].uid

    def conv(out_c: int, k: int, s: int) -> tuple[str, Layer]:
        layer = Layer("Conv2d", {"out_channels": out_c, "kernel_size": k, **({"stride": s} if s != 1 else {}),
                                 **({"padding": k // 2} if k > 1 else {})})  # fmt: skip
        return name("conv"), layer

    def call(layer: Layer, value: int, prefix: str = "m") -> int:
        attr = name(prefix)
        modules.append(Module(attr, layer))
        return step("call_module", attr, [value])

    shared_relu: str | None = None
    for _ in range(draw(st.integers(1, 5))):
        pattern = draw(st.sampled_from(["chain", "residual", "projection", "concat", "reuse", "function"]))
        if pattern == "chain":
            k, s = draw(st.sampled_from([1, 3])), draw(st.sampled_from([1, 1, 2]))
            out_c = draw(st.integers(1, 8))
            _, layer = conv(out_c, k, s)
            current = call(layer, current, "conv")
            c, h, w = out_c, _conv_out(h, k, s, k // 2), _conv_out(w, k, s, k // 2)
            if draw(st.booleans()):
                current = call(Layer("BatchNorm2d"), current, "bn")
        elif pattern in ("residual", "projection"):
            identity = step("assign", "", [current], output="identity")
            s = 2 if pattern == "projection" and draw(st.booleans()) else 1
            out_c = draw(st.integers(1, 8)) if pattern == "projection" else c
            _, layer = conv(out_c, 3, s)
            body = call(layer, current, "conv")
            body = call(Layer("ReLU"), body, "relu")
            new_h, new_w = _conv_out(h, 3, s, 1), _conv_out(w, 3, s, 1)
            # a projection whenever the shapes change, except now and then: the slip torch refuses
            if (out_c != c or s != 1) and draw(st.integers(0, 9)) > 0:
                skip = name("downsample")
                members = [Module(None, conv(out_c, 1, s)[1])]
                if draw(st.booleans()):
                    members.append(Module(None, Layer("BatchNorm2d")))
                modules.append(Container(skip, members))
                identity = step("call_module", skip, [identity], output="identity")
            current = step("call_function", "add", [body, identity], {"inplace": draw(st.booleans())})
            c, h, w = out_c, new_h, new_w
        elif pattern == "concat":
            growth = draw(st.integers(1, 4))
            _, layer = conv(growth, 3, 1)
            branch = call(layer, current, "conv")
            dim = 1 if draw(st.integers(0, 9)) > 0 else draw(st.sampled_from([0, 2, -1]))
            current = step("call_function", "torch.cat", [current, branch], {"dim": dim})
            c += growth if dim == 1 else 0
        elif pattern == "reuse":
            if shared_relu is None:
                shared_relu = name("act")
                modules.append(Module(shared_relu, Layer(draw(st.sampled_from(["ReLU", "Tanh", "SiLU"])))))
            current = step("call_module", shared_relu, [current])
            if draw(st.booleans()):  # a conv whose weights are used twice: in == out channels
                attr = name("conv")
                modules.append(Module(attr, conv(c, 3, 1)[1]))
                current = step("call_module", attr, [current])
                current = step("call_module", attr, [current])
        else:
            function, params = draw(st.sampled_from([
                ("F.relu", {}), ("torch.sigmoid", {}), ("torch.tanh", {}), ("F.gelu", {}), ("F.silu", {}),
                ("F.leaky_relu", {"negative_slope": 0.2}), ("F.max_pool2d", {"kernel_size": 2}),
                ("F.avg_pool2d", {"kernel_size": 2}), ("F.max_pool2d", {"kernel_size": 3, "stride": 1}),
                ("F.adaptive_avg_pool2d", {"output_size": 2}), ("F.dropout", {"p": 0.5}), ("F.softmax", {"dim": 1}),
            ]))  # fmt: skip
            current = step("call_function", function, [current], params, output="x")
            if "pool" in function:
                k = params.get("kernel_size", 1)
                stride = params.get("stride", k)
                h, w = (2, 2) if "adaptive" in function else ((h - k) // stride + 1, (w - k) // stride + 1)
    if draw(st.booleans()):
        head = draw(st.sampled_from(["torch.flatten", "view", "reshape", "flatten"]))
        if head == "torch.flatten":
            current = step("call_function", "torch.flatten", [current], {"start_dim": 1}, output="x")
        elif head == "flatten":
            current = step("call_method", "flatten", [current], {"start_dim": 1}, output="x")
        else:
            shape = draw(st.sampled_from([["size(0)", -1], [-1, max(c, 1) * max(h, 1) * max(w, 1)], [n, -1]]))
            current = step("call_method", head, [current], {"shape": shape}, output="x")
        current = call(Layer("Linear", {"out_features": draw(st.integers(1, 6))}), current, "fc")
    return Block(class_name="GraphBlock", input_shape=start, modules=modules, steps=steps)
