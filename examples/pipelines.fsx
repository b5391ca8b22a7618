// Higher-order pipelines with |> and function composition with >> and <<.
let square x = x * x
let isOdd x = x % 2 <> 0

let sumOfOddSquares =
    [ 1 .. 10 ]
    |> List.filter isOdd
    |> List.map square
    |> List.sum
printfn "sum of odd squares 1..10: %d" sumOfOddSquares

let incr x = x + 1
let double x = x * 2
let incrThenDouble = incr >> double
let doubleThenIncr = incr << double
printfn "incr >> double 5 = %d" (incrThenDouble 5)
printfn "incr << double 5 = %d" (doubleThenIncr 5)

let shout = fun (s: string) -> s.ToUpper()
let exclaim s = s + "!"
let greet = (sprintf "hello %s") >> shout >> exclaim
printfn "%s" (greet "world")

let pipeline = List.map double >> List.filter (fun x -> x > 5) >> List.rev
printfn "%A" (pipeline [ 1; 2; 3; 4; 5 ])

let wordLengths (s: string) =
    s.Split ' '
    |> Array.toList
    |> List.map String.length
    |> List.sortDescending
printfn "%A" (wordLengths "pipelines make data flow obvious")

let result = 3 |> (fun x -> x + 4) |> square |> string |> String.length
printfn "digits in (3+4)^2: %d" result
let backward = List.sum <| List.map square [ 1; 2; 3 ]
printfn "backward pipe: %d" backward
