# Plausible bug: keeps only the current minimum in one variable. It is right until the minimum itself is popped:
# then the stack still reports the old minimum (there is no way to know the one before it).
class MinStack:
    def __init__(self):
        self.stack = []
        self.min = float("inf")

    def push(self, val: int) -> None:
        self.stack.append(val)
        self.min = min(self.min, val)

    def pop(self) -> None:
        self.stack.pop()
        if not self.stack:
            self.min = float("inf")

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.min
