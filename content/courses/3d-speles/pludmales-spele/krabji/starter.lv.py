from game import *

zeme = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 10), y=-0.5, collider=None)


class Krabis(Entity):
    def update(self):
        # 1. Ej pa x ar ātrumu self.atrums, un aiz x = 4 vai x = -4 apgriezies
        pass


krabji = [
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=-4, z=1, atrums=2),
    Krabis(model="cube", color="red", scale=(1, 0.5, 0.8), x=3, z=-1, atrums=-3),
    # 2. Trešais krabis: x = 0, z = -3, ātrums 1.5
]
