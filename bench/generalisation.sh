#!/usr/bin/env bash
# Generalisation to voice families never heard in training (issue: models that hold up on unseen voices).
#
# Makes (or reuses) a synthesised 12-class set whose test split is a whole espeak-ng voice family
# (klatt-voices: the Klatt synthesizer's personas) and whose validation split is another (klatt), so the
# search, the ranking and early stopping judge on voices of a synthesis model the training never heard.
# Then, per seed: the pipeline at DS-CNN-S's own SRAM and latency, the pipeline at --latency 100ms, and
# DS-CNN-S trained by the same trainer and recipe. Prints one table: int8 accuracy on the held-out family
# (all classes and keywords only), other words rejected, SRAM, flash, latency, and which candidate won.
#
#   bench/generalisation.sh                     # SEEDS="1 2 3", the set in $SET (default /tmp/dartboard-gen)
#   SEEDS=1 PER_WORD=150 bench/generalisation.sh
#   TRAIN_OPTS="--spec-augment default --label-smoothing 0.1" bench/generalisation.sh   # try a recipe
# Knobs: SET, SEEDS, PER_WORD, PER_UNKNOWN, TRAIN_EPOCHS, SEARCH_EPOCHS, TRAIN_OPTS, OUT, DARTBOARD (the CLI).
# Run it alone: two ND4J processes at once on 2 cores make each many times slower.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${DARTBOARD:-$here/bin/dartboard}"
set_dir="${SET:-/tmp/dartboard-gen}"
out="${OUT:-/tmp/dartboard-gen-runs}"
seeds="${SEEDS:-1 2 3}"
train_epochs="${TRAIN_EPOCHS:-30}"
search_epochs="${SEARCH_EPOCHS:-4}"
read -r -a train_opts <<< "${TRAIN_OPTS:-}"
# DS-CNN-S's own budget, as the cost model prices it (SRAM bytes, latency)
dscnn_sram=28046
dscnn_latency=300ms

if [[ ! -f "$set_dir/dartboard.json" ]]; then
  "$db" dataset synth --out "$set_dir" --words yes,no,up,down,left,right,on,off,stop,go \
    --unknown bed,bird,cat,dog,house,tree,happy,wow,marvin,sheila,zero,one \
    --per-word "${PER_WORD:-250}" --per-unknown "${PER_UNKNOWN:-50}" --seed 21 \
    --holdout-voices klatt-voices --validation-voices klatt >/dev/null
fi
mkdir -p "$out"

# one row: name seed run-folder [search-folder]
row() {
  local name=$1 seed=$2 run=$3
  "$db" eval --data "$set_dir" --run "$run" --split test --int8 > "$run/eval-heldout.json" 2>/dev/null
  python3 - "$name" "$seed" "$run" <<'PY'
import json, os, sys
name, seed, run = sys.argv[1:4]
e = json.load(open(os.path.join(run, "eval-heldout.json")))
pc = e["perClass"]
kw = [k for k in pc if not k.startswith("_")]
kw_acc = sum(pc[k]["recall"] * pc[k]["support"] for k in kw) / max(1, sum(pc[k]["support"] for k in kw))
g = json.load(open(os.path.join(run, "genotype.json")))
won = "-"
for cand in (os.path.join(run, "search", "ranking.json"), os.path.join(run, "ranking.json")):
    if os.path.exists(cand):
        r = json.load(open(cand))
        won = next((sc.get("source", "?") for sc in r.get("scores", []) if sc.get("id") == r.get("chosen")), "?")
        break
dc = g.get("dataConfig", {})
fe = "%s %dk %g/%g" % (dc.get("type", "?"), dc.get("sampleRate", 0) // 1000, dc.get("windowMs", 0), dc.get("hopMs", 0))
print("| %s | %s | %.2f%% | %.2f%% | %.1f%% | %s | %s | %s | %s | %s |" % (name, seed, 100 * e["accuracy"], 100 * kw_acc,
      100 * e["detection"]["rejectedShare"], g.get("sram", "?"), g.get("flash", "?"),
      ("%.1f" % g["latencyMs"]) if "latencyMs" in g else "?", fe, won))
PY
}

echo "| model | seed | held-out int8 (all) | keywords only | other words rejected | SRAM B | flash B | latency ms | front end | won |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for s in $seeds; do
  r="$out/dscnn-s-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --genotype dscnn-s --train-epochs "$train_epochs" \
      --seed "$s" --out "$r" "${train_opts[@]}" >/dev/null 2>"$out/dscnn-s-$s.log"; }
  row "DS-CNN-S" "$s" "$r"
  r="$out/pipeline-dscnn-budget-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --sram "$dscnn_sram" --latency "$dscnn_latency" \
      --search-epochs "$search_epochs" --train-epochs "$train_epochs" --seed "$s" --out "$r" "${train_opts[@]}" \
      >/dev/null 2>"$out/pipeline-dscnn-budget-$s.log"; }
  row "pipeline @ DS-CNN-S budget" "$s" "$r"
  r="$out/pipeline-100ms-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --sram 64k --latency 100ms \
      --search-epochs "$search_epochs" --train-epochs "$train_epochs" --seed "$s" --out "$r" "${train_opts[@]}" \
      >/dev/null 2>"$out/pipeline-100ms-$s.log"; }
  row "pipeline @ 100 ms" "$s" "$r"
done
