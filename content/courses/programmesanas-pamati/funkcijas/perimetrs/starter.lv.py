def perimeter(a, b):
    # Atgriez taisnstūra perimetru
    ...


# Pamēģini:
print(perimeter(3, 4))
