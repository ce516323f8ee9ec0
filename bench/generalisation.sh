#!/usr/bin/env bash
# Generalisation to voice families never heard in training (issue: models that hold up on unseen voices).
#
# Makes (or reuses) a synthesised 12-class set whose test split is a whole espeak-ng voice family
# (klatt-voices: the Klatt synthesizer's personas) and whose validation split is another (klatt), so the
# search, the ranking and early stopping judge on voices of a synthesis model the training never heard.
# Then, per seed: DS-CNN-S trained by the same trainer and recipe (evaluated float), the pipeline at DS-CNN-S's
# own SRAM and latency (read from its model card) and the pipeline at --latency 100ms (both evaluated int8).
# Prints one table: accuracy on the held-out family (all classes and keywords only), other words rejected,
# estimated SRAM, flash and latency, the front end, and which ranking candidate won.
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

if [[ ! -f "$set_dir/dartboard.json" ]]; then
  "$db" dataset synth --out "$set_dir" --words yes,no,up,down,left,right,on,off,stop,go \
    --unknown bed,bird,cat,dog,house,tree,happy,wow,marvin,sheila,zero,one \
    --per-word "${PER_WORD:-250}" --per-unknown "${PER_UNKNOWN:-50}" --seed 21 \
    --holdout-voices klatt-voices --validation-voices klatt >/dev/null
fi
mkdir -p "$out"

# one row: name seed run-folder int8|float
row() {
  local name=$1 seed=$2 run=$3 mode=$4
  "$db" eval --data "$set_dir" --run "$run" --split test "--$mode" > "$run/eval-heldout.json" 2>/dev/null
  python3 - "$name" "$seed" "$run" <<'PY'
import json, os, sys
name, seed, run = sys.argv[1:4]
e = json.load(open(os.path.join(run, "eval-heldout.json")))
pc = e["perClass"]
kw = [k for k in pc if not k.startswith("_")]
kw_acc = sum(pc[k]["recall"] * pc[k]["support"] for k in kw) / max(1, sum(pc[k]["support"] for k in kw))
card = json.load(open(os.path.join(run, "export", "model_card.json")))
est = card["estimated"]
won = "-"
for cand in (os.path.join(run, "search", "ranking.json"), os.path.join(run, "ranking.json")):
    if os.path.exists(cand):
        r = json.load(open(cand))
        won = next((sc.get("source", "?") for sc in r.get("scores", []) if sc.get("id") == r.get("chosen")), "?")
        break
dc = card["dataConfig"]["config"]
fe = "%s %dk %g/%g" % (dc["type"].lower(), dc["sampleRate"] // 1000, dc["windowMs"], dc["hopMs"])
print("| %s | %s | %s | %.2f%% | %.2f%% | %.1f%% | %d | %d | %.1f | %s | %s |" % (name, seed, e["model"], 100 * e["accuracy"], 100 * kw_acc,
      100 * e["detection"]["rejectedShare"], est["sramBytes"], est["flashBytes"], est["latencyMs"], fe, won))
PY
}

echo "| model | seed | evaluated | held-out (all classes) | keywords only | other words rejected | SRAM B | flash B | latency ms | front end | won |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for s in $seeds; do
  r="$out/dscnn-s-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --genotype dscnn-s --train-epochs "$train_epochs" \
      --seed "$s" --out "$r" "${train_opts[@]}" >/dev/null 2>"$out/dscnn-s-$s.log"; }
  row "DS-CNN-S" "$s" "$r" float
  # DS-CNN-S's own SRAM and latency, as the cost model prices it on this board
  read -r dscnn_sram dscnn_latency < <(python3 -c "import json,sys,math; e=json.load(open(sys.argv[1]))['estimated']; print(e['sramBytes'], '%dms' % math.ceil(e['latencyMs']))" "$r/export/model_card.json")
  r="$out/pipeline-dscnn-budget-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --sram "$dscnn_sram" --latency "$dscnn_latency" \
      --search-epochs "$search_epochs" --train-epochs "$train_epochs" --seed "$s" --out "$r" "${train_opts[@]}" \
      >/dev/null 2>"$out/pipeline-dscnn-budget-$s.log"; }
  row "pipeline @ DS-CNN-S budget" "$s" "$r" int8
  r="$out/pipeline-100ms-$s"
  [[ -f "$r/model.blob" ]] || { rm -rf "$r"; "$db" pipeline --data "$set_dir" --sram 64k --latency 100ms \
      --search-epochs "$search_epochs" --train-epochs "$train_epochs" --seed "$s" --out "$r" "${train_opts[@]}" \
      >/dev/null 2>"$out/pipeline-100ms-$s.log"; }
  row "pipeline @ 100 ms" "$s" "$r" int8
done
