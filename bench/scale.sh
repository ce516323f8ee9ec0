#!/usr/bin/env bash
# How the pipeline's time and memory grow with the data: synthesised sets of SIZES clips over a 35-word
# vocabulary like Google Speech Commands v2's (the ten GSC keywords as targets, its other 25 words as unknown,
# every word about equally often, as in GSC), each run through the pipeline's stages one CLI process at a time
# (dataset synth, search with ranking, train, quantize, export, eval --int8: what `pipeline` runs, with its
# defaults) under /usr/bin/time -v. Prints one row per size and stage: wall and CPU seconds, peak RSS (/usr/bin/time's
# maximum resident set size; the feature cache is read, not mapped, so its pages stay the kernel's page cache) and the
# peak of RssAnon (heap, ND4J buffers: what is not file-backed) sampled from /proc every 0.2 s. Then a straight-line fit
# per stage, time = a + b * clips (least squares over the sizes measured), and its value at GSC v2's 105,829 clips.
# The feature cache starts empty per size, so the search's time includes featurising every clip under 8 front ends.
#
#   bench/scale.sh                        # SIZES="1500 6000 24000", sets and runs under $ROOT (/tmp/dartboard-scale)
#   SIZES=1500 bench/scale.sh             # one size (the extrapolation is then proportional: time * 105829 / clips)
# Knobs: SIZES, ROOT, SEED (1), SEARCH_EPOCHS (4), TRAIN_EPOCHS (30), BUDGET ("--sram 64k --flash 256k --latency 300ms"),
#        DARTBOARD (the CLI), SYNTH_ONLY (set: only make the sets, e.g. ahead of time in the background).
#        A set made by an earlier run of the same size is reused, with its synth row.
# Run it alone: two ND4J processes at once on 2 cores make each many times slower.
# CPU seconds (user + system, children included) are the measure on a shared machine: the wall time is that of whatever
# CPU share the bench gets. Search and train are also scaled back to the default epochs: their stderr lines are stamped
# as they come, the per-epoch time is timed from the search's 'step S' and the training's 'epoch K:' lines, and a stage
# at the defaults = its fixed part + per-epoch part x default epochs (CPU split in the same shares as the wall time).
# Measured 2026-12-08 (SEARCH_EPOCHS=1 TRAIN_EPOCHS=2, 2-core VM at load 3-5), clips: CPU s / peak RSS MB:
#   synth    1505: 26/337     6020: 92/329     24010: 296/337
#   search   1505: 159/908    6020: 577/779    24010: 959/827
#   train    1505: 11/495     6020: 31/480     24010: 89/517
#   eval     1505: 5/261      6020: 14/389     24010: 55/497  (cold cache; the Java heap's elasticity, see README)
#   Fit at the default epochs, GSC v2 size: search ~1.4 h CPU, train ~1.3 h, synth 0.4 h (README, "Benchmarks").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${DARTBOARD:-$here/bin/dartboard}"
root="${ROOT:-/tmp/dartboard-scale}"
sizes="${SIZES:-1500 6000 24000}"
seed="${SEED:-1}"
read -r -a budget <<< "${BUDGET:---sram 64k --flash 256k --latency 300ms}"
words=yes,no,up,down,left,right,on,off,stop,go
unknown=zero,one,two,three,four,five,six,seven,eight,nine,bed,bird,cat,dog,happy,house,marvin,sheila,tree,wow,backward,forward,follow,learn,visual
[[ -x /usr/bin/time ]] || { echo "scale.sh: needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
mkdir -p "$root"
rows="$root/rows.tsv"
: > "$rows"
"$db" --version >/dev/null   # builds the project first if needed, outside the measurements

# stage SIZE NAME COMMAND...: runs it under /usr/bin/time -v, samples RssAnon of the process tree, appends a row
stage() {
  local n=$1 name=$2; shift 2
  local tf="$root/time-$n-$name.txt" log="$root/log-$n-$name.txt" peak_anon=0
  echo "scale: $n clips, $name ..." >&2
  # stderr is kept as it comes and, per line, with the seconds since the stage began (the epoch split below uses them)
  local t0=${EPOCHREALTIME/./}
  /usr/bin/time -v -o "$tf" "$@" > "$log.out" 2> >(while IFS= read -r l || [[ -n "$l" ]]; do
    us=$(( ${EPOCHREALTIME/./} - t0 ))
    printf '%s\n' "$l" >&3; printf '%d.%02d\t%s\n' $(( us / 1000000 )) $(( us % 1000000 / 10000 )) "$l"
  done > "$root/stamps-$n-$name.tsv" 3> "$log") &
  local tpid=$!
  while kill -0 "$tpid" 2>/dev/null; do
    for p in $(pgrep -P "$tpid" 2>/dev/null; pgrep -P "$(pgrep -P "$tpid" 2>/dev/null | head -1)" 2>/dev/null); do
      local a; a=$(awk '/^RssAnon:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      [[ -n "$a" && "$a" -gt "$peak_anon" ]] && peak_anon=$a
    done
    sleep 0.2
  done
  if ! wait "$tpid"; then echo "scale: $name failed at $n clips; see $log" >&2; tail -5 "$log" >&2; exit 1; fi
  echo "$peak_anon" > "$root/anon-$n-$name.txt"
  row "$n" "$name"
}

# row SIZE NAME: appends the stage's row from its /usr/bin/time file
row() {
  local n=$1 name=$2 tf="$root/time-$1-$2.txt" wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tf")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tf")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$name" "$wall" "$rss" "$(cat "$root/anon-$n-$name.txt")" "$cpu" >> "$rows"
}

for n in $sizes; do
  set_dir="$root/set-$n" run="$root/run-$n"
  per=$(( (n + 34) / 35 ))
  if [[ -f "$set_dir/dartboard.json" && -f "$root/time-$n-synth.txt" && -f "$root/anon-$n-synth.txt" ]]; then
    row "$n" synth   # the set made by an earlier run, and its measurement
  else
    rm -rf "$set_dir"
    stage "$n" synth "$db" dataset synth --out "$set_dir" --words "$words" --unknown "$unknown" \
      --per-word "$per" --per-unknown "$per" --seed 35
  fi
  [[ -n "${SYNTH_ONLY:-}" ]] && continue
  rm -rf "$run" "$root/cache-$n"
  export DARTBOARD_CACHE="$root/cache-$n"
  stage "$n" search "$db" search --data "$set_dir" --out "$run/search" "${budget[@]}" --epochs "${SEARCH_EPOCHS:-4}" \
    --seed "$seed" --rank 4 --weight-opt adam
  stage "$n" train "$db" train --data "$set_dir" --genotype "$run/search/genotype.json" --epochs "${TRAIN_EPOCHS:-30}" \
    --seed "$seed" --out "$run"
  stage "$n" quantize "$db" quantize --data "$set_dir" --run "$run"
  stage "$n" export "$db" export --run "$run" --out "$run/export" --data "$set_dir"
  stage "$n" eval "$db" eval --data "$set_dir" --run "$run" --int8
  find "$set_dir" -name '*.wav' -not -path '*_background_noise_*' | wc -l > "$root/clips-$n.txt"
  du -sm "$root/cache-$n" | cut -f1 > "$root/cache-mb-$n.txt"
done
[[ -n "${SYNTH_ONLY:-}" ]] && { cat "$rows"; exit 0; }

python3 - "$root" "$rows" "${SEARCH_EPOCHS:-4}" "${TRAIN_EPOCHS:-30}" <<'PY'
import os, re, sys
root, rows, search_epochs, train_epochs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
GSC, DEFAULT_EPOCHS = 105829, {"search": 4, "train": 30}
run_epochs = {"search": search_epochs, "train": train_epochs}
data = [l.rstrip("\n").split("\t") for l in open(rows) if l.strip()]
clips = {n: int(open(os.path.join(root, "clips-%s.txt" % n)).read()) for n in {r[0] for r in data}
         if os.path.exists(os.path.join(root, "clips-%s.txt" % n))}
cache = {n: open(os.path.join(root, "cache-mb-%s.txt" % n)).read().strip() for n in clips}

def stamps(n, st):
    f = os.path.join(root, "stamps-%s-%s.tsv" % (n, st))
    return [(float(t), l) for t, l in (x.rstrip("\n").split("\t", 1) for x in open(f) if "\t" in x)] if os.path.exists(f) else []

def epoch_part(n, st):
    """Seconds of the stage spent in its epochs, from its stderr stamps: search, (last − first 'step S' line) / (steps
    between) x steps per epoch x epochs; train, (last − first 'epoch K:' line) / (epochs between) × epochs run. None when not known."""
    lines = stamps(n, st)
    if st == "search":
        plan = [m for t, l in lines for m in [re.search(r"(\d+) steps per epoch, (\d+) epochs", l)] if m]
        steps = [(int(m.group(1)), t) for t, l in lines for m in [re.match(r"step (\d+) ", l)] if m]
        if not plan or len(steps) < 2 or steps[-1][0] == steps[0][0]: return None
        return (steps[-1][1] - steps[0][1]) / (steps[-1][0] - steps[0][0]) * int(plan[0].group(1)) * int(plan[0].group(2))
    if st == "train":
        ep = [(int(m.group(1)), t) for t, l in lines for m in [re.match(r"epoch (\d+):", l)] if m]
        if len(ep) < 2 or ep[-1][0] == ep[0][0]: return None
        return (ep[-1][1] - ep[0][1]) / (ep[-1][0] - ep[0][0]) * run_epochs["train"]
    return None

def at_defaults(n, st, secs, wall):
    """secs (wall or CPU seconds of the stage) with the default epochs: fixed part + epochs part x default / run
    epochs, the epochs part being the same share of secs as of the stage's wall time."""
    e = epoch_part(n, st)
    if st not in DEFAULT_EPOCHS or e is None or wall <= 0: return secs
    share = min(1.0, e / wall)
    return secs * (1 - share) + secs * share * DEFAULT_EPOCHS[st] / run_epochs[st]

def cpu(r):
    return float(r[5]) if len(r) > 5 and r[5] else float("nan")

print("| set | clips | stage | wall s | CPU s | peak RSS MB | peak RssAnon MB | epochs part of wall s | CPU s at default epochs | feature cache MB |")
print("|---|---|---|---|---|---|---|---|---|---|")
for r in data:
    n, name, wall, rss, anon = r[:5]
    e = epoch_part(n, name)
    print("| %s | %s | %s | %.0f | %.0f | %.0f | %.0f | %s | %.0f | %s |" % (n, clips.get(n, "?"), name, float(wall), cpu(r), int(rss) / 1024,
          int(anon) / 1024, "" if e is None else "%.0f" % e, at_defaults(n, name, cpu(r), float(wall)),
          cache.get(n, "?") if name == "search" else ""))
stages = []
for r in data:
    if r[1] not in stages: stages.append(r[1])
print()
print("Search and train scaled to the default epochs (%s): fixed part + epochs part x default / run epochs (run: search %d, train %d)."
      % (", ".join("%s %d" % kv for kv in DEFAULT_EPOCHS.items()), search_epochs, train_epochs))
print("CPU seconds (user + system, children included) are what a quiet machine's wall time approaches on its cores; wall")
print("seconds here depend on the load beside the bench.")
print("| stage | seconds | fit at default epochs | at %d clips (GSC v2) | peak RSS MB at each size | peak RssAnon MB at each size |" % GSC)
print("|---|---|---|---|---|---|")

def fit(pts):
    if len(pts) >= 2:
        mx = sum(p[0] for p in pts) / len(pts); my = sum(p[1] for p in pts) / len(pts)
        b = sum((p[0] - mx) * (p[1] - my) for p in pts) / max(1e-9, sum((p[0] - mx) ** 2 for p in pts)); a = my - b * mx
        if b <= 0: return "%.0f (mean; does not grow)" % my, my
        return "%.0f + %.4f x clips" % (a, b), a + b * GSC
    c, t = pts[0]
    return "%.4f x clips (one size)" % (t / c), t * GSC / c

for st in stages:
    rs = [r for r in data if r[1] == st and r[0] in clips]
    if not rs: continue
    mem = (" / ".join("%.0f" % (int(r[3]) / 1024) for r in rs), " / ".join("%.0f" % (int(r[4]) / 1024) for r in rs))
    for kind, secs in (("wall", lambda r: float(r[2])), ("CPU", cpu)):
        f, est = fit([(clips[r[0]], at_defaults(r[0], st, secs(r), float(r[2]))) for r in rs])
        print("| %s | %s | %s | %.0f s (%.1f h) | %s | %s |" % (st, kind, f, est, est / 3600, mem[0], mem[1]))
PY
