// Mutual recursion with `let rec ... and ...`; the calls are tail calls,
// so a million-deep chain does not overflow the stack.
let rec isEven n =
    if n = 0 then true else isOdd (n - 1)
and isOdd n =
    if n = 0 then false else isEven (n - 1)

printfn "isEven 10 = %b" (isEven 10)
printfn "isOdd 7 = %b" (isOdd 7)
printfn "isEven 1000001 = %b" (isEven 1000001)
printfn "isOdd 1000001 = %b" (isOdd 1000001)

// Mutually recursive functions over a list: alternate sums.
let rec sumOdd acc xs =
    match xs with
    | [] -> acc
    | x :: rest -> sumEven (acc + x) rest
and sumEven acc xs =
    match xs with
    | [] -> acc
    | _ :: rest -> sumOdd acc rest

printfn "sum of elements at even indices: %d" (sumOdd 0 [ 10; 1; 20; 2; 30; 3 ])

// Values beside the functions of a `let rec`: the functions exist first, then each value is
// computed in order, so a record may hold a closure that calls a function that reads the record.
type Stepper = { step: int -> int }

let countdown start =
    let rec stepper = { step = fun n -> if n = 0 then 0 else 1 + next (n - 1) }
    and next n = stepper.step n
    next start

printfn "countdown 5 steps: %d" (countdown 5)

let rec alias = collatz
and collatz n steps = if n = 1 then steps else alias (if n % 2 = 0 then n / 2 else 3 * n + 1) (steps + 1)

printfn "collatz 27 takes %d steps" (collatz 27 0)

// A local recursive function that names itself as a value.
let twice () =
    let rec go first n = if first then (let again = go in again false (n * 2)) else n
    go true 21

printfn "twice: %d" (twice ())
