// Spectral norm (Benchmarks Game): float arrays and nested loops.
let a i j = 1.0 / float ((i + j) * (i + j + 1) / 2 + i + 1)

let multiplyAv (v: float[]) (av: float[]) =
    let n = v.Length
    for i in 0 .. n - 1 do
        let mutable sum = 0.0
        for j in 0 .. n - 1 do
            sum <- sum + a i j * v.[j]
        av.[i] <- sum

let multiplyAtv (v: float[]) (atv: float[]) =
    let n = v.Length
    for i in 0 .. n - 1 do
        let mutable sum = 0.0
        for j in 0 .. n - 1 do
            sum <- sum + a j i * v.[j]
        atv.[i] <- sum

let multiplyAtAv (v: float[]) (out: float[]) =
    let tmp = Array.create v.Length 0.0
    multiplyAv v tmp
    multiplyAtv tmp out

let n = 100
let u = Array.create n 1.0
let v = Array.create n 0.0
for _ in 1 .. 10 do
    multiplyAtAv u v
    multiplyAtAv v u
let mutable vBv = 0.0
let mutable vv = 0.0
for i in 0 .. n - 1 do
    vBv <- vBv + u.[i] * v.[i]
    vv <- vv + v.[i] * v.[i]
printfn "%.9f" (sqrt (vBv / vv))
