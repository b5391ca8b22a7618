// N-body simulation (Benchmarks Game): float arithmetic on mutable records in an array.
type Body = { mutable X: float; mutable Y: float; mutable Z: float
              mutable VX: float; mutable VY: float; mutable VZ: float; Mass: float }

let solarMass = 4.0 * Math.PI * Math.PI
let daysPerYear = 365.24

let bodies = [|
    { X = 0.0; Y = 0.0; Z = 0.0; VX = 0.0; VY = 0.0; VZ = 0.0; Mass = solarMass }
    { X = 4.84143144246472090e+00; Y = -1.16032004402742839e+00; Z = -1.03622044471123109e-01
      VX = 1.66007664274403694e-03 * daysPerYear; VY = 7.69901118419740425e-03 * daysPerYear
      VZ = -6.90460016972063023e-05 * daysPerYear; Mass = 9.54791938424326609e-04 * solarMass }
    { X = 8.34336671824457987e+00; Y = 4.12479856412430479e+00; Z = -4.03523417114321381e-01
      VX = -2.76742510726862411e-03 * daysPerYear; VY = 4.99852801234917238e-03 * daysPerYear
      VZ = 2.30417297573763929e-05 * daysPerYear; Mass = 2.85885980666130812e-04 * solarMass }
    { X = 1.28943695621391310e+01; Y = -1.51111514016986312e+01; Z = -2.23307578892655734e-01
      VX = 2.96460137564761618e-03 * daysPerYear; VY = 2.37847173959480950e-03 * daysPerYear
      VZ = -2.96589568540237556e-05 * daysPerYear; Mass = 4.36624404335156298e-05 * solarMass }
    { X = 1.53796971148509165e+01; Y = -2.59193146099879641e+01; Z = 1.79258772950371181e-01
      VX = 2.68067772490389322e-03 * daysPerYear; VY = 1.62824170038242295e-03 * daysPerYear
      VZ = -9.51592254519715870e-05 * daysPerYear; Mass = 5.15138902046611451e-05 * solarMass }
|]

let offsetMomentum () =
    let mutable px = 0.0
    let mutable py = 0.0
    let mutable pz = 0.0
    for b in bodies do
        px <- px + b.VX * b.Mass
        py <- py + b.VY * b.Mass
        pz <- pz + b.VZ * b.Mass
    let sun = bodies.[0]
    sun.VX <- -px / solarMass
    sun.VY <- -py / solarMass
    sun.VZ <- -pz / solarMass

let energy () =
    let mutable e = 0.0
    let n = bodies.Length
    for i in 0 .. n - 1 do
        let b = bodies.[i]
        e <- e + 0.5 * b.Mass * (b.VX * b.VX + b.VY * b.VY + b.VZ * b.VZ)
        for j in i + 1 .. n - 1 do
            let b2 = bodies.[j]
            let dx = b.X - b2.X
            let dy = b.Y - b2.Y
            let dz = b.Z - b2.Z
            e <- e - b.Mass * b2.Mass / sqrt (dx * dx + dy * dy + dz * dz)
    e

let advance dt =
    let n = bodies.Length
    for i in 0 .. n - 1 do
        let b = bodies.[i]
        for j in i + 1 .. n - 1 do
            let b2 = bodies.[j]
            let dx = b.X - b2.X
            let dy = b.Y - b2.Y
            let dz = b.Z - b2.Z
            let d2 = dx * dx + dy * dy + dz * dz
            let mag = dt / (d2 * sqrt d2)
            b.VX <- b.VX - dx * b2.Mass * mag
            b.VY <- b.VY - dy * b2.Mass * mag
            b.VZ <- b.VZ - dz * b2.Mass * mag
            b2.VX <- b2.VX + dx * b.Mass * mag
            b2.VY <- b2.VY + dy * b.Mass * mag
            b2.VZ <- b2.VZ + dz * b.Mass * mag
    for b in bodies do
        b.X <- b.X + dt * b.VX
        b.Y <- b.Y + dt * b.VY
        b.Z <- b.Z + dt * b.VZ

offsetMomentum ()
printfn "%.9f" (energy ())
for _ in 1 .. 1000 do
    advance 0.01
printfn "%.9f" (energy ())
