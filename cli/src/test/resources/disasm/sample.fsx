type Shape =
    | Circle of float
    | Square of float

let area s =
    match s with
    | Circle r -> 3.14 * r * r
    | Square a -> a * a

let rec countdown n acc =
    if n = 0 then acc else countdown (n - 1) (acc + n)

let scale k = let times x = x * k in times

printfn "%.2f" (area (Circle 2.0))
printfn "%d" (countdown 3 0)
printfn "%d" ((scale 3) 14)
