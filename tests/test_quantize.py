"""The CPU model's int8: one activation scale per token, so a row's output does not depend on its batch."""
from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper

from streamguard.training.quantize import quantize_per_token


def _two_layer_model(path, rng):
    # x [batch, tokens, 16] -> MatMul -> Relu -> MatMul -> y [batch, tokens, 4]: the shape of an encoder's dense layers
    w1 = rng.normal(size=(16, 32)).astype(np.float32)
    w2 = rng.normal(size=(32, 4)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w1"], ["h"]), helper.make_node("Relu", ["h"], ["r"]),
         helper.make_node("MatMul", ["r", "w2"], ["y"])],
        "dense", [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["b", "t", 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["b", "t", 4])],
        [numpy_helper.from_array(w1, "w1"), numpy_helper.from_array(w2, "w2")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(model, str(path))


def _run(path, x):
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(["y"], {"x": x})[0]


def test_a_rows_output_is_the_same_alone_and_beside_a_row_with_huge_activations(tmp_path):
    rng = np.random.default_rng(0)
    fp32, int8 = tmp_path / "fp32.onnx", tmp_path / "int8.onnx"
    _two_layer_model(fp32, rng)
    quantize_per_token(fp32, int8)
    row = rng.normal(size=(1, 5, 16)).astype(np.float32)
    loud = 50 * rng.normal(size=(1, 5, 16)).astype(np.float32)
    alone = _run(int8, row)[0]
    beside = _run(int8, np.concatenate([loud, row]))[1]
    assert np.abs(alone - beside).max() < 1e-5
    # and it is still the model: close to fp32
    reference = _run(fp32, row)[0]
    assert np.abs(alone - reference).max() < 0.05 * np.abs(reference).max()


def test_onnx_runtimes_dynamic_int8_would_move_that_row(tmp_path):
    # The reason for quantize_per_token: with one scale per tensor, the loud row coarsens the quiet one.
    from onnxruntime.quantization import QuantType, quantize_dynamic

    rng = np.random.default_rng(0)
    fp32, dynamic = tmp_path / "fp32.onnx", tmp_path / "dynamic.onnx"
    _two_layer_model(fp32, rng)
    quantize_dynamic(str(fp32), str(dynamic), weight_type=QuantType.QInt8)
    row = rng.normal(size=(1, 5, 16)).astype(np.float32)
    loud = 50 * rng.normal(size=(1, 5, 16)).astype(np.float32)
    assert np.abs(_run(dynamic, row)[0] - _run(dynamic, np.concatenate([loud, row]))[1]).max() > 1e-2
