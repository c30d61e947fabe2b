# Plausible bug (off by one): treats r as exclusive, answering a[l] + ... + a[r-1].
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + int(data[1 + i])
q = int(data[1 + n])
pos = 2 + n
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(str(prefix[r] - prefix[l]))
print("\n".join(out))
