// A 10-million-iteration tail-recursive loop runs in constant stack space.
let rec loop i acc =
    if i > 10_000_000 then acc
    else loop (i + 1) (acc + i % 7)

printfn "loop result: %d" (loop 1 0)

let sumTo n =
    let rec go i acc = if i = 0 then acc else go (i - 1) (acc + i)
    go n 0

printfn "sum 1..60000 = %d" (sumTo 60_000)

let rec countCollatz n steps =
    if n = 1 then steps
    elif n % 2 = 0 then countCollatz (n / 2) (steps + 1)
    else countCollatz (3 * n + 1) (steps + 1)

printfn "collatz steps for 27: %d" (countCollatz 27 0)
