#!/usr/bin/env python3
"""Counts edge crossings in recipegen SVGs the way mermaid-ref.sh counts them in mermaid's.

Each edge path (the first <path> of every <g class="edge">) is flattened, then resampled
at k = max(8, ceil(L/6)) points by arc length (getPointAtLength); pairs of different edges
that properly intersect count once, ignoring samples within 12 px of either path's ends.
"""
import math, re, sys

def flatten(d):
    toks = re.findall(r'[MLC]|-?\d+(?:\.\d+)?', d)
    pts = []; i = 0; cur = None; cmd = None
    while i < len(toks):
        t = toks[i]
        if t in 'MLC': cmd = t; i += 1; continue
        if cmd in 'ML':
            cur = (float(toks[i]), float(toks[i+1])); pts.append(cur); i += 2
        elif cmd == 'C':
            c1 = (float(toks[i]), float(toks[i+1])); c2 = (float(toks[i+2]), float(toks[i+3]))
            p = (float(toks[i+4]), float(toks[i+5])); i += 6
            for s in range(1, 65):
                u = s / 64; v = 1 - u
                pts.append((v**3*cur[0] + 3*v*v*u*c1[0] + 3*v*u*u*c2[0] + u**3*p[0],
                            v**3*cur[1] + 3*v*v*u*c1[1] + 3*v*u*u*c2[1] + u**3*p[1]))
            cur = p
    return pts

def resample(pts):
    cum = [0.0]
    for a, b in zip(pts, pts[1:]): cum.append(cum[-1] + math.dist(a, b))
    L = cum[-1]; k = max(8, math.ceil(L / 6)); out = []; j = 0
    for i in range(k + 1):
        s = L * i / k
        while j + 1 < len(cum) - 1 and cum[j+1] < s: j += 1
        seg = cum[j+1] - cum[j] if j + 1 < len(cum) else 0
        t = (s - cum[j]) / seg if seg > 0 else 0
        a = pts[j]; b = pts[min(j+1, len(pts)-1)]
        out.append((a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t))
    return out

def crossings(polys):
    def o(p, q, r): return (q[0]-p[0])*(r[1]-p[1]) - (q[1]-p[1])*(r[0]-p[0])
    def segx(a, b, c, d):
        d1, d2, d3, d4 = o(c, d, a), o(c, d, b), o(a, b, c), o(a, b, d)
        return ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4))
    def near(p, poly):
        return math.dist(p, poly[0]) < 12 or math.dist(p, poly[-1]) < 12
    n = 0
    for i in range(len(polys)):
        for j in range(i + 1, len(polys)):
            A, B = polys[i], polys[j]; hit = False
            for a in range(len(A) - 1):
                if hit: break
                if near(A[a], A) or near(A[a], B): continue
                for b in range(len(B) - 1):
                    if near(B[b], B) or near(B[b], A): continue
                    if segx(A[a], A[a+1], B[b], B[b+1]): hit = True; break
            if hit: n += 1
    return n

for path in sys.argv[1:]:
    svg = open(path).read()
    paths = re.findall(r'<g class="edge"><path class="e[^"]*" d="([^"]+)"', svg)
    print(path.split('/')[-1], crossings([resample(flatten(d)) for d in paths]))
