type Shape =
    | Circle of float
    | Square of float

let area s =
    match s with
    | Circle r -> 3.14 * r * r
    | Square a -> a * a

let rec sum xs acc =
    match xs with
    | [] -> acc
    | x :: rest -> sum rest (acc + x)

let scale k = fun x -> x * k

printfn "%.2f" (area (Circle 2.0))
printfn "%d" (sum [1; 2; 3] 0)
printfn "%d" ((scale 3) 14)
