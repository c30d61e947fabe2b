# Plausible bug: put checks for a full cache before checking whether the key is already there, so updating an
# existing key in a full cache evicts some other key needlessly.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        self.cache.move_to_end(key)
        return self.cache[key]

    def put(self, key: int, value: int) -> None:
        if len(self.cache) == self.capacity:
            self.cache.popitem(last=False)
        if key in self.cache:
            self.cache.move_to_end(key)
        self.cache[key] = value
