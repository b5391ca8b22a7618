// Naive doubly recursive Fibonacci: measures non-tail calls and int arithmetic.
let rec fib n =
    if n <= 1 then n
    else fib (n - 1) + fib (n - 2)

printfn "fib(30) = %d" (fib 30)
