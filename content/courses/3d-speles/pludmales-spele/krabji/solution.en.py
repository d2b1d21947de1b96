from game import *

ground = Entity(model="plane", color="#e8d8a8", scale=(14, 1, 10), y=-0.5, collider=None)


class Crab(Entity):
    def update(self):
        self.x += self.speed * time.dt
        # At the edge it turns round and goes back
        if self.x > 4 or self.x < -4:
            self.speed = -self.speed


crabs = [
    Crab(model="cube", color="red", scale=(1, 0.5, 0.8), x=-4, z=1, speed=2),
    Crab(model="cube", color="red", scale=(1, 0.5, 0.8), x=3, z=-1, speed=-3),
    Crab(model="cube", color="red", scale=(1, 0.5, 0.8), x=0, z=-3, speed=1.5),
]
