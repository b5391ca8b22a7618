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
