#!/usr/bin/env bash
# bench/server_load.sh [CORPUS.jsonl]: a bounded load test of `dossier serve` on
# loopback. Serves the first PRELOAD articles of CORPUS, warms the briefings of the
# READ newest stories, then for DURATION seconds runs, at once:
#   - wrk, 8 connections on the story list  (GET /api/v1/stories?...),
#   - wrk, 8 connections on those briefings (GET /api/v1/stories/ID/briefing),
#   - an ingest POSTing the rest of CORPUS, BATCH articles per request at RATE/s;
# then checks that no article was lost and prints the figures docs/eval.md quotes
# (requests/s, p50/p90/p99 latency, failed requests, briefings rebuilt meanwhile).
#
# SERVE_FLAGS adds flags to `dossier serve` (e.g. "--db /tmp/load.db" to serve a story
# database, "--cached-briefings 0" to render the engine's briefing on every request). CORPUS defaults to ../shared/data/clustering/duc_stream.jsonl (2,875 news
# articles); exits 77 when it is absent. Needs Debian's wrk and python3. Exit 1 on a
# failed request or a lost article.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${DOSSIER:-build/release/tools/dossier/dossier}
CORPUS=${1:-../shared/data/clustering/duc_stream.jsonl}
PRELOAD=${PRELOAD:-2000}
READ=${READ:-20}
DURATION=${DURATION:-20}
RATE=${RATE:-40}
BATCH=${BATCH:-5}

[[ -f $CORPUS ]] || { echo "server_load: no corpus at $CORPUS; skipped" >&2; exit 77; }
[[ -x $BIN ]] || { echo "server_load: build $BIN first (make release)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "server_load: wrk is not installed" >&2; exit 2; }

# GET a URL to stdout (python3's urllib: no curl needed).
get() { python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=120).read().decode())' "$1"; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

tmp=$(mktemp -d)
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

head -n "$PRELOAD" "$CORPUS" > "$tmp/preload.jsonl"
tail -n +"$((PRELOAD + 1))" "$CORPUS" > "$tmp/ingest.jsonl"

start=$(date +%s%N)
# shellcheck disable=SC2086  # SERVE_FLAGS is a list of flags
"$BIN" serve --port 0 ${SERVE_FLAGS:-} "$tmp/preload.jsonl" 2> "$tmp/server.err" &
server=$!
for _ in $(seq 1 600); do
  grep -q "listening on" "$tmp/server.err" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/server.err" >&2; exit 1; }
  sleep 0.1
done
base=$(grep -o "http://[0-9.]*:[0-9]*" "$tmp/server.err" | head -n 1)
echo "server: $base, $(grep -o '([0-9]* articles' "$tmp/server.err" | tr -d '(') loaded and clustered in $(ms_since "$start") ms"

# The READ newest stories of two or more articles; their briefings are built once here.
ids=$(get "$base/api/v1/stories?limit=1000" | python3 -c "
import json, sys
stories = [s for s in json.load(sys.stdin)['stories'] if s['articles'] >= 2][:$READ]
print(' '.join(str(s['id']) for s in stories))")
warm_start=$(date +%s%N)
for id in $ids; do get "$base/api/v1/stories/$id/briefing" > /dev/null; done
echo "warmed $READ briefings (stories $ids) in $(ms_since "$warm_start") ms"
before=$(get "$base/api/v1/status")

wrk -t1 -c8 -d"${DURATION}s" --timeout 10s -s bench/server_load.lua "$base" -- stories \
  > "$tmp/stories.out" &
wrk_stories=$!
wrk -t1 -c8 -d"${DURATION}s" --timeout 10s -s bench/server_load.lua "$base" -- briefing $ids \
  > "$tmp/briefing.out" &
wrk_briefing=$!
ingest_ok=0
python3 bench/server_ingest.py --base "$base" --articles "$tmp/ingest.jsonl" --batch "$BATCH" \
  --rate "$RATE" > "$tmp/ingest.out" || ingest_ok=$?
wait "$wrk_stories" "$wrk_briefing"
after=$(get "$base/api/v1/status")

echo "stories  (8 connections): $(tail -n 1 "$tmp/stories.out")"
echo "briefing (8 connections): $(tail -n 1 "$tmp/briefing.out")"
echo "ingest:                   $(cat "$tmp/ingest.out")"
python3 - "$before" "$after" <<'PY'
import json, sys
b, a = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("briefings during the run: %d cache hits, %d built by a write before publishing "
      "(stories that gained articles), %d built on a reader's request"
      % (a["briefing_hits"] - b["briefing_hits"], a["briefing_prebuilds"] - b["briefing_prebuilds"],
         a["briefing_builds"] - b["briefing_builds"]))
print("articles %d -> %d, stories %d -> %d" % (b["articles"], a["articles"], b["stories"], a["stories"]))
PY
failed=$(cat "$tmp/stories.out" "$tmp/briefing.out" | python3 -c "
import json, sys
print(sum(r['non_2xx'] + r['socket_errors'] for r in map(json.loads, (l for l in sys.stdin if l.startswith('{')))))")
echo "failed requests: $failed"
[[ $failed -eq 0 && $ingest_ok -eq 0 ]]
