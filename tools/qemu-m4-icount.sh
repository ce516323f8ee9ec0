#!/bin/sh
# Counts the Thumb instructions QEMU executes per kws_infer call in an ELF built by QemuCortexM4Test
# (target/csource-test/qemu-m4/prog.elf): runs mps2-an386 with -singlestep (one guest instruction per
# translation block) and -d exec,nochain (one "Trace" line per executed block), and counts the lines
# from one entry of qemu_marker_begin to the next entry of qemu_marker_end. The count includes the
# 6 instructions of the markers and the calls, and IT-block instructions whose condition failed.
# Checked on a hand-written loop (movs; 100 x {subs, it, addne, cmp, bne}; bx) between the markers:
# 507 = 501 + 6 of marker/call overhead, exact. QEMU models no timing: an instruction count, not cycles.
# With "ops" as third argument it also prints, per inference, the instructions of each kernel call in
# order (from the entry of kws_conv, kws_depthwise, kws_fully_connected, kws_avg_pool, kws_max_pool,
# kws_add or kws_mean to the entry of the next one; glue between calls goes to the call before it).
# Any code between the markers can be counted this way (e.g. a driver calling kws_frontend_frame).
# Slow: about 20 s per DS-CNN-S inference with the DSP kernels (4,940,643 instructions), minutes with plain C.
#   tools/qemu-m4-icount.sh [ELF] [INFERENCES] [ops]   (default: the test's ELF, 1 inference)
set -eu
elf=${1:-target/csource-test/qemu-m4/prog.elf}
n=${2:-1}
ops=${3:-}
syms=$(arm-none-eabi-nm "$elf")
b=$(echo "$syms" | awk '$3 == "qemu_marker_begin" {print toupper($1)}')
e=$(echo "$syms" | awk '$3 == "qemu_marker_end" {print toupper($1)}')
[ -n "$b" ] && [ -n "$e" ] || { echo "no qemu_marker_begin/end in $elf" >&2; exit 1; }
# Kernel entry addresses (Thumb bit cleared), "ADDR=name" pairs.
k=$(echo "$syms" | awk '$3 ~ /^kws_(conv|depthwise|fully_connected|avg_pool|max_pool|add|mean)$/ {
        a = toupper($1); printf "%s=%s ", a, $3 }')
qemu-system-arm -M mps2-an386 -nographic -semihosting -singlestep -d exec,nochain -D /dev/stderr \
    -kernel "$elf" 2>&1 >/dev/null |
  awk -v b="$b" -v e="$e" -v n="$n" -v ops="$ops" -v kern="$k" '
    BEGIN { m = split(kern, kv, " "); for (i = 1; i <= m; i++) { split(kv[i], p, "="); name[p[1]] = p[2] } }
    function flush() { if (ops != "" && cur != "") printf "  op %d %s: %d instructions\n", op, cur, oc; oc = 0 }
    /^Trace/ { split($4, f, "/"); pc = toupper(f[2]);
               if (pc == b) { on = 1; c = 0; op = -1; cur = ""; oc = 0 }
               if (on && (pc in name)) { flush(); op++; cur = name[pc] }
               if (on) { c++; oc++ }
               if (on && pc == e) { flush(); printf "inference %d: %d instructions\n", ++k, c; on = 0; if (k >= n) exit } }' || true
