# Turns round at the right edge only: walks off to the left for ever.
from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 10), y=-0.5, collider=None)


class Krabis(Entity):
    def update(self):
        self.x += self.atrums * time.dt
        # Pie malas apgriežas un iet atpakaļ
        if self.x > 4:
            self.atrums = -self.atrums


krabji = [
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=-4, z=1, atrums=2),
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=3, z=-1, atrums=-3),
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=0, z=-3, atrums=1.5),
]
