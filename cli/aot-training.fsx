// What bin/fus trains its JDK AOT caches on: hello's path, and enough calls and loop turns for the second tier to
// translate a function and a loop, so that the classes translation uses are in the caches too.
let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
let mutable total = 0
for i in 1 .. 30000 do
    total <- total + i % 7
printfn "Hello from Fusabi! %d %d" (fib 20) total
