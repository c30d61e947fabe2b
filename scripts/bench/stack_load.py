# Load for `./interview bench stack`: runs inside the compose stack's network (from the sandbox image, which has
# Python), so it can reach the web nodes directly and name 60 clients by X-Forwarded-For, which the web nodes
# believe from that network (through the published proxy every client would be one). Prints one line.
import json, sys, time, urllib.request, threading
N = int(sys.argv[1])
problems = ['two-sum', 'softmax', 'valid-parentheses']
langs = {'csharp': 'cs', 'javascript': 'js', 'python': 'py'}
code = {(p, l): open(f'/p/{p}/solutions/accepted/ref.{e}').read() for p in problems for l, e in langs.items()}
nodes = ['http://web-1:8080', 'http://web-2:8080']
def post(i):
    p = problems[i % 3]; l = list(langs)[(i // 3) % 3]
    req = urllib.request.Request(nodes[i % 2] + '/api/submissions', data=json.dumps({'problem': p, 'language': l, 'code': code[(p, l)]}).encode(),
        headers={'Content-Type': 'application/json', 'X-Forwarded-For': f'198.51.100.{i % 60 + 1}'})
    return json.load(urllib.request.urlopen(req))['id']
start = time.time()
ids = [post(i) for i in range(N)]
verdicts = {}
def wait(i, sid):
    for _ in range(40):
        v = json.load(urllib.request.urlopen(urllib.request.Request(nodes[(i + 1) % 2] + f'/api/submissions/{sid}?wait=30', headers={'X-Forwarded-For': f'198.51.100.{i % 60 + 1}'})))
        if v['status'] == 'done':
            verdicts[sid] = v['verdict']; return
threads = [threading.Thread(target=wait, args=(i, s)) for i, s in enumerate(ids)]
[t.start() for t in threads]; [t.join() for t in threads]
wall = time.time() - start
acc = sum(1 for v in verdicts.values() if v == 'Accepted')
print(f'{N / wall:.2f} {N - len(verdicts)} {acc} {wall:.1f}')
