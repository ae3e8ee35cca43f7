import json, random, re
rng = random.Random(8)
sem = [json.loads(l) for l in open('/work/shared/data/near-duplicates/test_pairs.jsonl')]
same = [p for p in sem if p['lang1'] == p['lang2']]
close = [p for p in same if p['overall'] <= 1.5]
far = [p for p in same if p['overall'] > 1.5]
pick = rng.sample(close, 100) + rng.sample(far, 50)
rng.shuffle(pick)
out = []
for p in pick:
    out.append(('semeval', p['pair_id'], p['text1'], p['text2']))
duc = [json.loads(l) for l in open('/work/shared/data/clustering/duc_stream.jsonl')]
by = {}
for a in duc: by.setdefault(a['story'], []).append(a)
def tw(t): return set(re.findall(r'\w+', (t or '').lower()))
pairs_hi, pairs_all = [], []
for s, arts in sorted(by.items()):
    for i in range(len(arts)):
        for j in range(i + 1, len(arts)):
            a, b = arts[i], arts[j]
            pairs_all.append((a, b))
            x, y = tw(a['title']), tw(b['title'])
            if x and y and len(x & y) / len(x | y) >= 0.6: pairs_hi.append((a, b))
hi = rng.sample(pairs_hi, min(50, len(pairs_hi)))
ra = rng.sample(pairs_all, 50)
dp = hi + ra
rng.shuffle(dp)
for a, b in dp:
    out.append(('duc', a['id'] + '|' + b['id'], (a['title'] or '') + '\n' + a['text'], (b['title'] or '') + '\n' + b['text']))
json.dump(out, open('pairs.json', 'w'))
print(len(pairs_hi), len(out))
def ex(t):
    t = re.sub(r'\s+', ' ', t)
    m = len(t) // 2
    return f"[{len(t)}c] {t[:260]} ... {t[m:m+160]} ... {t[-120:]}"
with open('view.txt', 'w') as f:
    for k, (src, pid, t1, t2) in enumerate(out):
        f.write(f"#{k} {src}\nA: {ex(t1)}\nB: {ex(t2)}\n\n")
