#!/bin/sh
# On-device speed of the exported C library, counted on QEMU's mps2-an386 (Cortex-M4F): DS-CNN-S and two
# genotypes with other op kinds (bench/DeviceSpeedExport.java; DS-CNN-S again with the Q15 front end, dsp only),
# each built twice with the Nano 33 BLE's
# flags (arm-none-eabi-gcc -Os, -mcpu=cortex-m4 hard float): "plain" = the kernels' plain-C path
# (-DKWS_NO_DSP), "dsp" = the Cortex-M4 DSP path (SMLAD, SXTB16, SMMULR, SSAT; the default there).
# Prints instructions per inference and per MAC, per layer kind (kernel calls timed by SysTick through
# --wrap, src/test/resources/export/csource/qemu/ops.c), the front end per hop (one clip's features /
# frames), and the implied ms at 64 MHz taking one instruction as one cycle (QEMU models no timing; on
# silicon loads and taken branches take 2 cycles or more), and per layer the model card's estimate against
# the DSP build's kernel call. Needs arm-none-eabi-gcc, newlib, qemu-system-arm.
#   bench/device-speed.sh [OUT_DIR]   (default target/device-speed; about a minute)
# Measured 2026-12-07 (instructions per inference; QEMU 7.2, arm-none-eabi-gcc 12.2, -Os):
#   dscnn-s     plain 17,369,120 (6.54/MAC)   dsp 4,936,000 (1.86/MAC; pointwise 1.39, conv 2.25, depthwise 4.65)
#   conv-pool   plain 18,780,640 (7.97/MAC)   dsp 5,881,720 (2.50/MAC)
#   inv-res-8k  plain 12,391,760 (7.91/MAC)   dsp 4,216,840 (2.69/MAC)
#   The kernels before the assembly tiles (DSP intrinsics in C, 1x2 / 2x2 tiles, built by hand from git):
#   dscnn-s 11,732,640, conv-pool 13,518,240, inv-res-8k 10,204,160.
#   Front end per hop (one clip's features / frames): dscnn-s 54,094 (was 109,103: 16 kHz / 40 ms windows /
#   1024-point FFT), conv-pool 29,602, inv-res-8k 15,254. Stage by stage (frontend_hop.c), before -> after:
#   dscnn-s window 6,475 -> 7,498, fft 68,251 -> 28,424, power 20,021 -> 7,963, mel 7,407 -> 6,740, log 3,282 ->
#   1,174, dct 2,499 -> 2,069, quantize 339; hop 108,270 -> 54,203 (the arithmetic: kws_fe_core.h).
#   dscnn-s-q15 (the Q15 front end, kws_fe_q15_*): window 12,293, fft 53,210, power 14,118, mel 13,776, log 4,063,
#   dct 2,195, quantize 339; hop 99,990 (1.84x the float hop on this FPU core: int64 twiddle products and sums).
#   Per layer the model card's estimates are within 10% of each DSP kernel call (dscnn-s: -2.5% to +4.3%).
set -eu
cd "$(dirname "$0")/.."
out=${1:-target/device-speed}
[ -f target/classpath.txt ] || mvn -q -o -DskipTests package >&2
mvn -q -o test-compile >&2   # the kernels the exporter copies (src/main/resources) and the test models up to date
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" bench/DeviceSpeedExport.java "$out" > "$out.macs"
R=src/test/resources/export/csource/qemu
F="-std=c99 -Wall -Werror -mcpu=cortex-m4 -mthumb -mfpu=fpv4-sp-d16 -mfloat-abi=hard -Os -ffunction-sections -fdata-sections"
W="-Wl,--wrap=kws_conv,--wrap=kws_depthwise,--wrap=kws_fully_connected,--wrap=kws_avg_pool,--wrap=kws_max_pool,--wrap=kws_add,--wrap=kws_mean"
Q="qemu-system-arm -M mps2-an386 -nographic -semihosting -icount shift=0 -monitor none -serial none -kernel"
printf "%-11s %-5s %10s %7s %6s  %-70s %9s %7s\n" model path instr/inf per-MAC ms@64 "per layer kind: instructions (per MAC)" fe/hop fe-ms
while read -r name macs; do
  d=$out/$name
  srcs="$d/kws.c $d/kws_frontend.c $d/kws_frontend_tables.c $d/kws_kernels.c $d/kws_stream.c $d/model.c $d/model_settings.c $d/model_weights.c"
  for path in plain dsp; do
    case $name in *-q15) [ $path = plain ] && continue ;; esac   # the same network as dscnn-s: its front end is what differs
    def=; [ $path = plain ] && def=-DKWS_NO_DSP
    arm-none-eabi-gcc $F $def -I"$d" --specs=rdimon.specs -T $R/mps2-an386.ld -Wl,--gc-sections -o "$d/lat-$path.elf" \
        $R/startup.c $R/latency.c $srcs -lm
    arm-none-eabi-gcc $F $def -I"$d" --specs=rdimon.specs -T $R/mps2-an386.ld -Wl,--gc-sections -o "$d/ops-$path.elf" \
        $R/startup.c $R/latency.c $R/ops.c $W $srcs -lm
    $Q "$d/lat-$path.elf" > "$d/lat-$path.out"
    $Q "$d/ops-$path.elf" > "$d/ops-$path.out"
    kinds=$(awk '$1 == "op" { t[$2] += $5; m[$2] += $3 }
                 END { n = split("conv pointwise depthwise fc avgpool maxpool add mean", order, " ")
                       for (i = 1; i <= n; i++) { k = order[i]
                           if (k in t) printf "%s %.0fk (%.2f)  ", k, t[k] / 1000, m[k] ? t[k] / m[k] : 0 } }' "$d/ops-$path.out")
    awk -v name="$name" -v path="$path" -v macs="$macs" -v kinds="$kinds" '
      $1 == "infer" { inf = $2 } $1 == "features" { fe = $2 } $1 == "frames" { fr = $2 }
      END { printf "%-11s %-5s %10d %7.2f %6.1f  %-70s %9.0f %7.2f\n", name, path, inf, inf / macs, inf / 64000, kinds,
                   fe / fr, fe / fr / 64000 }' "$d/lat-$path.out"
  done
done < "$out.macs"
echo "(MACs: $(tr '\n' ' ' < "$out.macs"); per-layer-kind columns: instructions in the kind's kernel calls, per MAC of that kind)"
# Per layer: the model card's estimate (estimated.instructions.layers, KernelCycles) against the DSP build's
# kernel call in QEMU, in the same order.
echo
echo "per layer, DSP path: model card estimate vs QEMU (instructions)"
printf "%-11s %3s %-16s %10s %10s %7s\n" model op kernel estimated measured error
while read -r name macs; do
  d=$out/$name
  awk '$1 == "op" { print $5 }' "$d/ops-dsp.out" | paste -d' ' "$d/layers.est" - |
    awk -v name="$name" '{ printf "%-11s %3d %-16s %10d %10d %+6.1f%%\n", name, $1, $2, $3, $4, $4 ? 100 * ($3 - $4) / $4 : 0 }'
done < "$out.macs"
# The front end per hop, stage by stage (qemu/frontend_hop.c: one window's stages, each timed over 40 runs):
# "before" = kws_frontend.c as of commit 5423405 (radix-2 FFT, logf), from git; "after" = the exported one.
# Before, the bit reversal is in fft; after, it and the FFT's first radix-2 stage are in window.
echo
echo "front end per hop (instructions; 20 ms hop = one window + one frame's quantization)"
printf "%-11s %-6s %8s %8s %8s %8s %8s %8s %8s %9s %7s\n" model code window fft power mel log dct quantize hop ms@64
while read -r name macs; do
  d=$out/$name
  mkdir -p "$d/fe-before"
  for code in before after; do
    inc=$d; def=
    if [ $code = before ]; then
      case $name in *-q15) continue ;; esac
      git show 5423405:src/main/resources/dev/dartboard/export/csource/kws_frontend.c > "$d/fe-before/kws_frontend.c" 2>/dev/null || continue
      inc="$d/fe-before -I$d"; def=-DFE_BEFORE
    fi
    arm-none-eabi-gcc $F $def -I$inc --specs=rdimon.specs -T $R/mps2-an386.ld -Wl,--gc-sections -o "$d/hop-$code.elf" \
        $R/startup.c $R/frontend_hop.c $d/kws_frontend_tables.c $d/model_settings.c -lm
    $Q "$d/hop-$code.elf" > "$d/hop-$code.out"
    awk -v name="$name" -v code="$code" '$1 == "stage" { v[$2] = $3 } $1 == "hop" { hop = $2 }
      END { printf "%-11s %-6s %8d %8d %8d %8d %8d %8d %8d %9d %7.3f\n", name, code, v["window"], v["fft"], v["power"], v["mel"],
                   v["log"], v["dct"], v["quantize"], hop, hop / 64000 }' "$d/hop-$code.out"
  done
done < "$out.macs"

