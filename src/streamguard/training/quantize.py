"""int8 with one activation scale per token: the CPU model's quantization.

ONNX Runtime's ``quantize_dynamic`` computes one activation scale per tensor, so in a call of several pairs
each pair's score depends on the others (the largest activation of any pair sets everyone's resolution):
measured on ChatProtect validation pairs in mixed calls of 8, a mean change of 0.039 and up to 0.47. Here
every weight MatMul gets its input quantized token by token instead — scale = max |x| over the hidden
axis / 127, symmetric, shifted into uint8 with zero point 128 — so a token's quantization depends on that
token alone, and a pair's score is the same alone, padded, or beside any other pairs. Weights are int8,
one scale per output column. Built from standard ONNX ops plus ``com.microsoft.MatMulIntegerToFloat``,
which ONNX Runtime runs on its int8 kernels; the embedding tables stay dynamically quantized (a Gather
does not depend on the batch).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

ZERO_POINT = 128


def quantize_per_token(fp32: Path, out: Path) -> Path:
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    gathered = out.with_suffix(".gather.onnx")
    quantize_dynamic(str(fp32), str(gathered), weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["Gather"])
    model = onnx.load(str(gathered))
    gathered.unlink()
    graph = model.graph
    weights = {w.name: w for w in graph.initializer}

    def constant(name: str, value: np.ndarray) -> str:
        graph.initializer.append(numpy_helper.from_array(value, name))
        return name

    constant("ptq_127", np.array(127, np.float32))
    constant("ptq_inv127", np.array(1 / 127, np.float32))
    constant("ptq_eps", np.array(1e-8, np.float32))
    constant("ptq_shift", np.array(ZERO_POINT + 0.5, np.float32))  # + 0.5: the uint8 Cast truncates
    constant("ptq_zero_point", np.array(ZERO_POINT, np.uint8))
    constant("ptq_one", np.array(1.0, np.float32))

    nodes, quantized_inputs, rewritten = [], {}, 0
    for node in graph.node:
        weight = weights.get(node.input[1]) if node.op_type == "MatMul" else None
        if weight is None or len(weight.dims) != 2:
            nodes.append(node)
            continue
        x = node.input[0]
        w = numpy_helper.to_array(weight).astype(np.float32)
        w_scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127
        prefix = f"ptq_mm{rewritten}"
        constant(prefix + "_w", np.clip(np.round(w / w_scale), -127, 127).astype(np.int8))
        constant(prefix + "_w_scale", w_scale.astype(np.float32))
        if x not in quantized_inputs:  # Q, K and V share their input: quantize it once
            q = f"ptq_x{len(quantized_inputs)}"
            nodes += [
                helper.make_node("ReduceMax", [x], [q + "_hi"], axes=[-1], keepdims=1),
                helper.make_node("ReduceMin", [x], [q + "_lo"], axes=[-1], keepdims=1),
                helper.make_node("Neg", [q + "_lo"], [q + "_neg_lo"]),
                helper.make_node("Max", [q + "_hi", q + "_neg_lo", "ptq_eps"], [q + "_absmax"]),
                helper.make_node("Mul", [q + "_absmax", "ptq_inv127"], [q + "_scale"]),
                helper.make_node("Div", ["ptq_127", q + "_absmax"], [q + "_inv_scale"]),
                helper.make_node("Mul", [x, q + "_inv_scale"], [q + "_scaled"]),
                helper.make_node("Add", [q + "_scaled", "ptq_shift"], [q + "_shifted"]),
                helper.make_node("Cast", [q + "_shifted"], [q + "_u8"], to=TensorProto.UINT8),
            ]
            quantized_inputs[x] = q
        q = quantized_inputs[x]
        nodes += [
            helper.make_node("MatMulIntegerToFloat", [q + "_u8", prefix + "_w", "ptq_one", prefix + "_w_scale", "ptq_zero_point"],
                             [prefix + "_unscaled"], domain="com.microsoft"),
            helper.make_node("Mul", [prefix + "_unscaled", q + "_scale"], [node.output[0]]),
        ]
        rewritten += 1
    del graph.node[:]
    graph.node.extend(nodes)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    used = {name for n in graph.node for name in n.input}
    kept = [w for w in graph.initializer if w.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.save(model, str(out))
    return out
