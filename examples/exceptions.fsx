// Exceptions: failwith, raise, try ... with on the exception's case, try ... finally, nesting.
exception MyError of string * int

let safeDiv a b =
    try
        Some (a / b)
    with
    | _ -> None

printfn "%A %A" (safeDiv 10 2) (safeDiv 1 0)

let classify x =
    try
        if x > 2 then raise (MyError ("big", x))
        elif x = 2 then failwith "two"
        else x * 10
    with
    | MyError (msg, n) -> printfn "MyError %s %d" msg n; -1
    | Failure msg -> printfn "Failure %s" msg; -2

for i in 1 .. 3 do
    printfn "%d" (classify i)

let nested () =
    try
        try
            failwith "inner"
        finally
            printfn "finally runs"
    with
    | Failure m -> printfn "outer caught %s" m

nested ()

let rec deep n = if n = 0 then failwith "bottom" else 1 + deep (n - 1)
let r = try deep 1000 with Failure m -> -7
printfn "%d" r

let first xs = try List.head xs with e -> 0
printfn "%d %d" (first [4; 5]) (first [])
let m = try failwith "boom" with e -> e.Message
printfn "%s" m
