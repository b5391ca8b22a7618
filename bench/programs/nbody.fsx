// N-body (Benchmarks Game algorithm): float arithmetic on mutable record fields; 50,000 steps or as many as the
// argument says.
let steps = match Env.args with n :: _ -> int n | [] -> 50000
type Body =
    { mutable X: float; mutable Y: float; mutable Z: float
      mutable Vx: float; mutable Vy: float; mutable Vz: float
      Mass: float }

let solarMass = 4.0 * Math.PI * Math.PI
let daysPerYear = 365.24

let planet x y z vx vy vz mass =
    { X = x; Y = y; Z = z
      Vx = vx * daysPerYear; Vy = vy * daysPerYear; Vz = vz * daysPerYear
      Mass = mass * solarMass }

let bodies =
    [| planet 0.0 0.0 0.0 0.0 0.0 0.0 1.0
       planet 4.84143144246472090e+00 -1.16032004402742839e+00 -1.03622044471123109e-01
              1.66007664274403694e-03 7.69901118419740425e-03 -6.90460016972063023e-05 9.54791938424326609e-04
       planet 8.34336671824457987e+00 4.12479856412430479e+00 -4.03523417114321381e-01
              -2.76742510726862411e-03 4.99852801234917238e-03 2.30417297573763929e-05 2.85885980666130812e-04
       planet 1.28943695621391310e+01 -1.51111514016986312e+01 -2.23307578892655734e-01
              2.96460137564761618e-03 2.37847173959480950e-03 -2.96589568540237556e-05 4.36624404335156298e-05
       planet 1.53796971148509165e+01 -2.59193146099879641e+01 1.79258772950371181e-01
              2.68067772490389322e-03 1.62824170038242295e-03 -9.51592254519715870e-05 5.15138902046611451e-05 |]

let offsetMomentum () =
    let mutable px = 0.0
    let mutable py = 0.0
    let mutable pz = 0.0
    for b in bodies do
        px <- px + b.Vx * b.Mass
        py <- py + b.Vy * b.Mass
        pz <- pz + b.Vz * b.Mass
    let sun = bodies.[0]
    sun.Vx <- -px / solarMass
    sun.Vy <- -py / solarMass
    sun.Vz <- -pz / solarMass

let energy () =
    let mutable e = 0.0
    let n = bodies.Length
    for i in 0 .. n - 1 do
        let b = bodies.[i]
        e <- e + 0.5 * b.Mass * (b.Vx * b.Vx + b.Vy * b.Vy + b.Vz * b.Vz)
        for j in i + 1 .. n - 1 do
            let c = bodies.[j]
            let dx = b.X - c.X
            let dy = b.Y - c.Y
            let dz = b.Z - c.Z
            e <- e - b.Mass * c.Mass / sqrt (dx * dx + dy * dy + dz * dz)
    e

let advance dt =
    let n = bodies.Length
    for i in 0 .. n - 1 do
        let b = bodies.[i]
        for j in i + 1 .. n - 1 do
            let c = bodies.[j]
            let dx = b.X - c.X
            let dy = b.Y - c.Y
            let dz = b.Z - c.Z
            let d2 = dx * dx + dy * dy + dz * dz
            let mag = dt / (d2 * sqrt d2)
            b.Vx <- b.Vx - dx * c.Mass * mag
            b.Vy <- b.Vy - dy * c.Mass * mag
            b.Vz <- b.Vz - dz * c.Mass * mag
            c.Vx <- c.Vx + dx * b.Mass * mag
            c.Vy <- c.Vy + dy * b.Mass * mag
            c.Vz <- c.Vz + dz * b.Mass * mag
    for b in bodies do
        b.X <- b.X + dt * b.Vx
        b.Y <- b.Y + dt * b.Vy
        b.Z <- b.Z + dt * b.Vz

offsetMomentum ()
printfn "%.9f" (energy ())
for _ in 1 .. steps do
    advance 0.01
printfn "%.9f" (energy ())
