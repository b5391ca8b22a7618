// Active patterns: total with several cases, single-case, partial, parameterised; as values, in let and
// function patterns, nested in other patterns, local to a function, and from a module.
let (|Even|Odd|) n = if n % 2 = 0 then Even else Odd
printfn "%A %A" ((|Even|Odd|) 3) ((|Even|Odd|) 4)

let (|Pos|Neg|Zero|) x = if x > 0 then Pos x elif x < 0 then Neg (-x) else Zero
let sign x =
    match x with
    | Pos n -> sprintf "+%d" n
    | Neg n -> sprintf "-%d" n
    | Zero -> "0"
printfn "%s %s %s" (sign 5) (sign -3) (sign 0)

let (|Polar|) (x: float, y: float) = (sqrt (x * x + y * y), atan2 y x)
let (Polar (r, _)) = (3.0, 4.0)
let radius (Polar (r, _)) = r
printfn "%.1f %.1f" r (radius (6.0, 8.0))

let parity = function Even -> "even" | Odd -> "odd"
printfn "%s %s" (parity 1) (parity 2)

let classify limit xs =
    let (|Big|Small|) n = if n > limit then Big else Small
    xs |> List.map (function Big -> "B" | Small -> "s")
printfn "%A" (classify 3 [1; 5; 3; 9])

module Text =
    let (|Upper|_|) (s: string) = if s.ToUpper() = s then Some s else None

match "ABC" with
| Text.Upper u -> printfn "upper %s" u
| _ -> printfn "not upper"

open Text
let shouty s =
    match s with
    | Upper _ | "!" -> true
    | _ -> false
printfn "%b %b %b" (shouty "AB") (shouty "!") (shouty "ab")

let (|DivisibleBy|_|) d n = if n % d = 0 then Some (n / d) else None
let three = 3
match 12 with
| DivisibleBy three q -> printfn "12 = 3 * %d" q
| _ -> ()
match Some 10 with
| Some (DivisibleBy 5 q) -> printfn "10 = 5 * %d" q
| _ -> ()
printfn "%A %A" ((|DivisibleBy|_|) 4 10) ((|DivisibleBy|_|) 4 12)

let mutable calls = 0
let (|Counted|) x =
    calls <- calls + 1
    x * 2
let twice = [1; 2; 3] |> List.map (fun (Counted d) -> d)
printfn "%A after %d calls" twice calls

// A match calls an active pattern once for the value it examines, however many clauses name its cases.
let (|Small|Large|) n =
    printfn "  classify %d" n
    if n < 10 then Small else Large
let size n =
    match n with
    | 0 -> "zero"
    | Small -> "small"
    | Large -> "large"
printfn "%s" (size 0)
printfn "%s" (size 50)
let pair a b =
    match a, b with
    | Small, Small -> "both small"
    | Large, _ -> "first large"
    | _, Large -> "second large"
printfn "%s" (pair 20 1)
printfn "%s" (pair 1 20)
