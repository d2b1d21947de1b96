#!/usr/bin/env python3
"""Times Manifold (the PyPI package `manifold3d`) on the geometry kernel's benchmark cases.

Usage: manifold_bench.py CASE_DIR [--reps N]

CASE_DIR holds `<case>.json` files written by the kernel's benchmark (crates/geometry/benches):
    {"tree": <node>, "darbnica": {...}}
where <node> is a mesh file name or {"op": "union" | "difference", "args": [<node>, ...]}
(difference: the first minus all the others). A `.mesh` file is little endian:
    u32 vertex count, u32 triangle count, f64 x y z per vertex, u32 × 3 per triangle.

Prints, a line a case: case=<name> manifold_ms=<median> volume=<v> triangles=<n> watertight=<bool>

Single thread: manifold3d's wheel links oneTBB, which sizes its thread pool from the process's CPU
affinity when it first starts and reads no environment variable, so the process is pinned to one
CPU before manifold3d is imported. Timing covers building the expression and forcing it
(manifold3d is lazy: `a + b` only records a node); loading the meshes and making Manifolds of them
is not timed, as on the Rust side.
"""
import argparse
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

import numpy as np  # noqa: E402
import manifold3d as m3  # noqa: E402


def read_mesh(path):
    data = path.read_bytes()
    nv, nt = (int(n) for n in np.frombuffer(data, dtype="<u4", count=2))
    verts = np.frombuffer(data, dtype="<f8", count=nv * 3, offset=8).reshape(nv, 3)
    tris = np.frombuffer(data, dtype="<u4", count=nt * 3, offset=8 + nv * 24).reshape(nt, 3)
    # Mesh64 keeps float64 positions (Mesh would round them to float32); copies, since nanobind
    # refuses read-only arrays.
    mesh = m3.Mesh64(
        vert_properties=np.array(verts, dtype=np.float64, order="C"),
        tri_verts=np.array(tris, dtype=np.uint64, order="C"),
    )
    manifold = m3.Manifold(mesh)
    if manifold.status() != m3.Error.NoError:
        sys.exit(f"{path}: manifold3d refuses the mesh: {manifold.status().name}")
    return manifold


def load(node, folder, cache):
    if isinstance(node, str):
        if node not in cache:
            cache[node] = read_mesh(folder / node)
        return node
    return {"op": node["op"], "args": [load(arg, folder, cache) for arg in node["args"]]}


def build(node, cache):
    if isinstance(node, str):
        return cache[node]
    args = [build(arg, cache) for arg in node["args"]]
    op = {"union": m3.OpType.Add, "difference": m3.OpType.Subtract}[node["op"]]
    return m3.Manifold.batch_boolean(args, op)


def watertight(manifold):
    if manifold.status() != m3.Error.NoError:
        return False
    tris = np.asarray(manifold.to_mesh64().tri_verts, dtype=np.int64)
    if len(tris) == 0:
        return True
    n = int(tris.max()) + 1
    source, target = tris.reshape(-1), tris[:, [1, 2, 0]].reshape(-1)
    keys, counts = np.unique(source * n + target, return_counts=True)
    return bool(np.all(counts == 1) and np.all(np.isin(target * n + source, keys)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("case_dir", type=Path)
    parser.add_argument("--reps", type=int, default=10)
    args = parser.parse_args()
    for case_file in sorted(args.case_dir.glob("*.json")):
        cache = {}
        tree = load(json.loads(case_file.read_text())["tree"], args.case_dir, cache)
        times = []
        gc.disable()
        for rep in range(args.reps + 1):
            start = time.perf_counter()
            result = build(tree, cache)
            result.num_tri()
            elapsed = (time.perf_counter() - start) * 1000
            if rep > 0:
                times.append(elapsed)
        gc.enable()
        print(
            f"case={case_file.stem} manifold_ms={statistics.median(times):.3f} "
            f"volume={result.volume():.12g} triangles={result.num_tri()} "
            f"watertight={'true' if watertight(result) else 'false'}",
            flush=True,
        )
    threads = len(os.listdir("/proc/self/task")) if os.path.isdir("/proc/self/task") else 1
    if threads != 1:
        print(f"warning: manifold3d ran on {threads} threads", file=sys.stderr)


if __name__ == "__main__":
    main()
