class Solution:
    def isValid(self, s):
        opening = {')': '(', ']': '[', '}': '{'}
        stack = []
        for ch in s:
            if ch in opening:
                if not stack or stack[-1] != opening[ch]:
                    return False
                stack.pop()
            else:
                stack.append(ch)
        return not stack
