# Float arithmetic: Mandelbrot set membership on a grid.
def mandel(width, height, max_iter):
    inside = 0
    rows = []
    for y in range(height):
        ci = (y / height) * 2.4 - 1.2
        row = []
        for x in range(width):
            cr = (x / width) * 3.2 - 2.2
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
            row.append(n)
        rows.append(sum(row))
    return inside, sum(rows)

print(mandel(480, 240, 300))
