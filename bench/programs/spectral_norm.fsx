// Spectral norm (Benchmarks Game algorithm) of a 200x200 matrix, or n x n for an argument n: float arithmetic over
// arrays.
let a i j = 1.0 / float ((i + j) * (i + j + 1) / 2 + i + 1)

let multiplyAv n (v: float[]) (av: float[]) =
    for i in 0 .. n - 1 do
        let mutable sum = 0.0
        for j in 0 .. n - 1 do
            sum <- sum + a i j * v.[j]
        av.[i] <- sum

let multiplyAtv n (v: float[]) (atv: float[]) =
    for i in 0 .. n - 1 do
        let mutable sum = 0.0
        for j in 0 .. n - 1 do
            sum <- sum + a j i * v.[j]
        atv.[i] <- sum

let multiplyAtAv n v (tmp: float[]) atAv =
    multiplyAv n v tmp
    multiplyAtv n tmp atAv

let n = match Env.args with n :: _ -> int n | [] -> 200
let u = Array.create n 1.0
let v = Array.create n 0.0
let tmp = Array.create n 0.0
for _ in 1 .. 10 do
    multiplyAtAv n u tmp v
    multiplyAtAv n v tmp u
let mutable vBv = 0.0
let mutable vv = 0.0
for i in 0 .. n - 1 do
    vBv <- vBv + u.[i] * v.[i]
    vv <- vv + v.[i] * v.[i]
printfn "%.9f" (sqrt (vBv / vv))
