from darbnica import *

pyramid = cube([60, 60, 5])
pyramid = pyramid + cube([50, 50, 5]).translate(5, 5, 5)
pyramid = pyramid + cube([40, 40, 5]).translate(10, 10, 10)
pyramid = pyramid + cube([30, 30, 5]).translate(15, 15, 15)
pyramid = pyramid + cube([20, 20, 5]).translate(20, 20, 20)
show(pyramid)
