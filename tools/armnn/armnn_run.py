#!/usr/bin/python3
"""Runs a .tflite with Arm NN's TfLiteParser on CpuRef: the independent runtime for Dartboard's exports.

usage: armnn_run.py MODEL.tflite INPUTS.bin
  INPUTS.bin holds N int8 inputs back to back (each the size of the model's input tensor).
Prints exactly one JSON line on stdout, after any library chatter:
  {"outputs": [[out0, out1, ...] for each input]}, each out a flat list of ints, in subgraph output order.
Runs in its own process because Arm NN aborts (SIGABRT) on some models (per-channel FULLY_CONNECTED).
"""
import json
import sys

import numpy as np
import pyarmnn as ann


def main(model_path, inputs_path):
    parser = ann.ITfLiteParser()
    network = parser.CreateNetworkFromBinaryFile(model_path)
    in_name = parser.GetSubgraphInputTensorNames(0)[0]
    in_binding = parser.GetNetworkInputBindingInfo(0, in_name)
    out_bindings = [parser.GetNetworkOutputBindingInfo(0, n) for n in parser.GetSubgraphOutputTensorNames(0)]
    runtime = ann.IRuntime(ann.CreationOptions())
    optimized, _ = ann.Optimize(network, [ann.BackendId("CpuRef")], runtime.GetDeviceSpec(), ann.OptimizerOptions())
    net_id, _ = runtime.LoadNetwork(optimized)
    size = in_binding[1].GetNumElements()
    data = np.fromfile(inputs_path, dtype=np.int8)
    results = []
    for k in range(len(data) // size):
        x = data[k * size:(k + 1) * size].copy()
        inputs = ann.make_input_tensors([in_binding], [x])
        outputs = ann.make_output_tensors(out_bindings)
        runtime.EnqueueWorkload(net_id, inputs, outputs)
        arrays = ann.workload_tensors_to_ndarray(outputs)
        results.append([a.astype(np.int32).flatten().tolist() for a in arrays])
    print(json.dumps({"outputs": results}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
