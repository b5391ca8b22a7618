// The classic doubly recursive Fibonacci.
let rec fib n =
    if n < 2 then n
    else fib (n - 1) + fib (n - 2)

for i in 0 .. 10 do
    printf "%d " (fib i)
printfn ""
printfn "fib 25 = %d" (fib 25)
