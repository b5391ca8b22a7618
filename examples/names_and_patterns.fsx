// Names in backticks, operators with dots, named union fields in patterns, qualified record labels, yield!.

let ``number of items`` = 3
let ``is even?`` n = n % 2 = 0
printfn "%d %b" ``number of items`` (``is even?`` ``number of items``)

// parser-combinator style operators: the dots say which side's result is kept
let (.>>) a b = a
let (>>.) a b = b
let (.>>.) a b = (a, b)
printfn "%d %d %A" (1 .>> 2) (1 >>. 2) (1 .>>. 2)

type Shape =
    | Circle of radius: float
    | Rect of width: float * height: float

let describe shape =
    match shape with
    | Circle (radius = r) when r > 10.0
                          || r < 0.0 -> "odd circle"
    | Circle (radius = r) -> sprintf "circle %.1f" r
    | Rect (width = w; height = h) when w = h -> sprintf "square %.1f" w
    | Rect (height = h) -> sprintf "rect of height %.1f" h

for s in [ Circle 1.5; Circle 20.0; Rect (2.0, 2.0); Rect (1.0, 3.0) ] do
    printfn "%s" (describe s)

module Geometry =
    type Point = { X: int; Y: int }

let origin = { Geometry.X = 0; Geometry.Y = 0 }
let moved = { origin with Geometry.X = 5 }
printfn "%d %d" moved.X moved.Y

let evensThenOdds xs =
    [ yield! List.filter (fun x -> x % 2 = 0) xs
      yield! List.filter (fun x -> x % 2 <> 0) xs ]
printfn "%A" (evensThenOdds [ 1 .. 6 ])

let sign = function
    | 0 -> "zero"
    | n when n < 0 -> "negative"
    | _ -> "positive"
let parity n = match n % 2 with 0 -> "even" | _ -> "odd"
printfn "%s %s %s" (sign -4) (sign 0) (parity 7)
