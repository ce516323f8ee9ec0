#!/bin/sh
# Counts the Thumb instructions QEMU executes per kws_infer call in an ELF built by QemuCortexM4Test
# (target/csource-test/qemu-m4/prog.elf): runs mps2-an386 with -singlestep (one guest instruction per
# translation block) and -d exec,nochain (one "Trace" line per executed block), and counts the lines
# from one entry of qemu_marker_begin to the next entry of qemu_marker_end. The count includes the
# 6 instructions of the markers and the calls, and IT-block instructions whose condition failed.
# Checked on a hand-written loop (movs; 100 x {subs, it, addne, cmp, bne}; bx) between the markers:
# 507 = 501 + 6 of marker/call overhead, exact. QEMU models no timing: an instruction count, not cycles.
# Slow: about 2.5 min per DS-CNN-S inference on 2 cores.
#   tools/qemu-m4-icount.sh [ELF] [INFERENCES]    (default: the test's ELF, 1 inference)
set -eu
elf=${1:-target/csource-test/qemu-m4/prog.elf}
n=${2:-1}
b=$(arm-none-eabi-nm "$elf" | awk '$3 == "qemu_marker_begin" {print toupper($1)}')
e=$(arm-none-eabi-nm "$elf" | awk '$3 == "qemu_marker_end" {print toupper($1)}')
[ -n "$b" ] && [ -n "$e" ] || { echo "no qemu_marker_begin/end in $elf" >&2; exit 1; }
qemu-system-arm -M mps2-an386 -nographic -semihosting -singlestep -d exec,nochain -D /dev/stderr \
    -kernel "$elf" 2>&1 >/dev/null |
  awk -v b="$b" -v e="$e" -v n="$n" '
    /^Trace/ { split($4, f, "/"); pc = toupper(f[2]);
               if (pc == b) { on = 1; c = 0 }
               if (on) c++;
               if (on && pc == e) { printf "inference %d: %d instructions\n", ++k, c; on = 0; if (k >= n) exit } }' || true
