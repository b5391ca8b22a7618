// Errors of the runtime and the library are .NET's exceptions, with .NET's and FSharp.Core's messages:
// handlers tell them apart by type (:? T, matching derived types too), read e.Message, and reraise.
let divide a b =
    try
        Some (a / b)
    with :? System.DivideByZeroException as e ->
        printfn "caught: %s" e.Message
        None

printfn "%A %A" (divide 10 3) (divide 1 0)

let describe (f: unit -> int) =
    try
        sprintf "value %d" (f ())
    with
    | :? System.IndexOutOfRangeException as e -> "index: " + e.Message
    | :? System.ArgumentException as e -> "argument: " + e.Message
    | :? System.InvalidOperationException as e -> "operation: " + e.Message
    | :? System.FormatException as e -> "format: " + e.Message
    | :? System.Collections.Generic.KeyNotFoundException as e -> "key: " + e.Message
    | Failure msg -> "failure: " + msg

let arr = [| 1; 2; 3 |]
printfn "%s" (describe (fun () -> arr.[5]))
printfn "%s" (describe (fun () -> List.head []))
printfn "%s" (describe (fun () -> Array.sub arr 1 5 |> Array.length))
printfn "%s" (describe (fun () -> List.take 5 [1; 2] |> List.length))
printfn "%s" (describe (fun () -> invalidArg "age" "must be non-negative"))
printfn "%s" (describe (fun () -> invalidOp "stack is empty"))
printfn "%s" (describe (fun () -> int "twelve"))
printfn "%s" (describe (fun () -> Map.find "b" (Map.ofList [("a", 1)])))
printfn "%s" (describe (fun () -> List.find (fun x -> x > 9) [1; 2]))
printfn "%s" (describe (fun () -> failwithf "bad code %d" 7))

let logged f =
    try
        f ()
    with e ->
        printfn "logging: %s" e.Message
        reraise ()

try logged (fun () -> Option.get None) with :? System.ArgumentException as e -> printfn "then: %s" e.Message

exception Overdrawn of int
let withdraw balance amount =
    if amount > balance then raise (Overdrawn (amount - balance)) else balance - amount
try
    printfn "%d" (withdraw 100 30)
    printfn "%d" (withdraw 10 60)
with
| :? System.ArgumentException -> printfn "not this one"
| Overdrawn short -> printfn "short by %d" short
