#!/usr/bin/env python3
# Computes the expected outputs of the benchmark programs independently of every runtime compared, and checks
# them against programs/NAME.out:  python3 bench/verify-outputs.py   (exit 1 on a difference)
import math, os, sys
STEPS, SPECTRAL_N = 50000, 200
out = {}
# sieve_array
n = 1000000; comp = bytearray(n + 1); c = 0
for i in range(2, n + 1):
    if not comp[i]:
        c += 1
        comp[i*i::i] = b'\x01' * len(range(i*i, n + 1, i))
out['sieve_array'] = f"primes up to 1000000: {c}\n"
# nbody
PI = 3.141592653589793; SM = 4 * PI * PI; DPY = 365.24
raw = [(0,0,0,0,0,0,1),
 (4.84143144246472090e+00,-1.16032004402742839e+00,-1.03622044471123109e-01,1.66007664274403694e-03,7.69901118419740425e-03,-6.90460016972063023e-05,9.54791938424326609e-04),
 (8.34336671824457987e+00,4.12479856412430479e+00,-4.03523417114321381e-01,-2.76742510726862411e-03,4.99852801234917238e-03,2.30417297573763929e-05,2.85885980666130812e-04),
 (1.28943695621391310e+01,-1.51111514016986312e+01,-2.23307578892655734e-01,2.96460137564761618e-03,2.37847173959480950e-03,-2.96589568540237556e-05,4.36624404335156298e-05),
 (1.53796971148509165e+01,-2.59193146099879641e+01,1.79258772950371181e-01,2.68067772490389322e-03,1.62824170038242295e-03,-9.51592254519715870e-05,5.15138902046611451e-05)]
B = [[x,y,z,vx*DPY,vy*DPY,vz*DPY,m*SM] for x,y,z,vx,vy,vz,m in raw]
px=py=pz=0.0
for b in B: px += b[3]*b[6]; py += b[4]*b[6]; pz += b[5]*b[6]
B[0][3] = -px/SM; B[0][4] = -py/SM; B[0][5] = -pz/SM
def energy():
    e = 0.0
    for i,b in enumerate(B):
        e += 0.5*b[6]*(b[3]*b[3]+b[4]*b[4]+b[5]*b[5])
        for c in B[i+1:]:
            dx=b[0]-c[0]; dy=b[1]-c[1]; dz=b[2]-c[2]
            e -= b[6]*c[6]/math.sqrt(dx*dx+dy*dy+dz*dz)
    return e
def advance(dt):
    for i,b in enumerate(B):
        for c in B[i+1:]:
            dx=b[0]-c[0]; dy=b[1]-c[1]; dz=b[2]-c[2]
            d2=dx*dx+dy*dy+dz*dz; mag=dt/(d2*math.sqrt(d2))
            b[3]-=dx*c[6]*mag; b[4]-=dy*c[6]*mag; b[5]-=dz*c[6]*mag
            c[3]+=dx*b[6]*mag; c[4]+=dy*b[6]*mag; c[5]+=dz*b[6]*mag
    for b in B: b[0]+=dt*b[3]; b[1]+=dt*b[4]; b[2]+=dt*b[5]
s = "%.9f\n" % energy()
for _ in range(STEPS): advance(0.01)
out['nbody'] = s + "%.9f\n" % energy()
# spectral_norm
N = SPECTRAL_N
A = lambda i, j: 1.0 / ((i+j)*(i+j+1)//2 + i + 1)
def av(v): return [sum(A(i,j)*v[j] for j in range(N)) for i in range(N)]
def atv(v): return [sum(A(j,i)*v[j] for j in range(N)) for i in range(N)]
u = [1.0]*N
for _ in range(10):
    v = atv(av(u)); u = atv(av(v))
vBv = sum(a*b for a,b in zip(u,v)); vv = sum(b*b for b in v)
out['spectral_norm'] = "%.9f\n" % math.sqrt(vBv/vv)
# queens (first solution found by AWFY's row-major search)
rows=[True]*8; maxs=[True]*16; mins=[True]*16; q=[-1]*8
def place(c):
    for r in range(8):
        if rows[r] and maxs[c+r] and mins[c-r+7]:
            q[r]=c; rows[r]=maxs[c+r]=mins[c-r+7]=False
            if c==7 or place(c+1): return True
            rows[r]=maxs[c+r]=mins[c-r+7]=True
    return False
place(0)
out['queens'] = "queens: 2000 of 2000 solved, rows %s\n" % "".join(map(str,q))
# towers, permute, list: closed forms of the recursions
out['towers'] = "towers: %d moves\n" % (20 * (2**13 - 1))
cnt=0
def permute(n):
    global cnt
    cnt+=1
    if n: 
        for _ in range(n+1): permute(n-1)
permute(6)
out['permute'] = "permute: %d calls\n" % (200*cnt)
def tail(x,y,z): return tail(tail(x-1,y,z),tail(y-1,z,x),tail(z-1,x,y)) if y < x else z
out['list'] = "list: %d\n" % (300*tail(15,10,6))
# storage
seed=74755; count=0; cells=0
def rnd():
    global seed
    seed=(seed*1309+13849)&65535; return seed
def build(d):
    global count, cells
    count+=1
    if d==1: cells += rnd()%10+1
    else:
        for _ in range(4): build(d-1)
for _ in range(100): build(7)
out['storage'] = "storage: %d nodes, %d leaf cells\n" % (count, cells)
# wordfreq
wf_seed=42
def wf_next():
    global wf_seed
    wf_seed=wf_seed*16807%2147483647; return wf_seed
SYL=["ka","lo","mi","ne","ru","sa","ti","vo"]
def spell(n): return SYL[n] if n<8 else spell(n//8)+SYL[n%8]
words=[]
for _ in range(500000):
    limit=wf_next()%1000+1; words.append(spell(wf_next()%limit))
freq={}
for w in words: freq[w]=freq.get(w,0)+1
top=sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
out['wordfreq'] = "500000 words, %d distinct\n" % len(freq) + "".join("%s %d\n" % kv for kv in top)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
bad = 0
for name, text in out.items():
    with open(os.path.join(here, name + ".out")) as f:
        if f.read() != text:
            bad += 1
            print(f"{name}.out differs: expected {text!r}")
print(f"{len(out) - bad} passed, {bad} failed")
sys.exit(1 if bad else 0)
