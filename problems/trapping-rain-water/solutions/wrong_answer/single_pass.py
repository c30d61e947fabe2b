# Plausible bug: one left-to-right pass that counts a basin's water only when a bar at
# least as tall as the current wall closes it. Basins to the right of the global maximum
# (closed only by a lower bar) are never counted.
class Solution:
    def trap(self, height):
        water = 0
        wall = 0
        pending = 0
        for h in height:
            if h >= wall:
                water += pending
                pending = 0
                wall = h
            else:
                pending += wall - h
        return water
