import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    prefix = [0] * (n + 1)
    total = 0
    for i in range(n):
        total += int(data[1 + i])
        prefix[i + 1] = total
    q = int(data[1 + n])
    out = []
    pos = 2 + n
    for _ in range(q):
        l = int(data[pos])
        r = int(data[pos + 1])
        pos += 2
        out.append(prefix[r + 1] - prefix[l])
    sys.stdout.write("".join(f"{s}\n" for s in out))


main()
