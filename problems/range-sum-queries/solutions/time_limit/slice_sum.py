# Sums each query's range directly: O(n) per query, O(n * q) in all. Correct, but too
# slow when n and q are both large and the ranges are long.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
q = int(data[1 + n])
pos = 2 + n
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(sum(a[l:r + 1]))
sys.stdout.write("".join(f"{s}\n" for s in out))
