// The array sieve of Eratosthenes up to 1,000,000 or the argument: array reads and writes in tight nested loops.
let limit = match Env.args with n :: _ -> int n | [] -> 1000000
let sieve n =
    let composite = Array.create (n + 1) false
    let mutable count = 0
    for i in 2 .. n do
        if not composite.[i] then
            count <- count + 1
            let mutable j = i * i
            while j <= n do
                composite.[j] <- true
                j <- j + i
    count

printfn "primes up to %d: %d" limit (sieve limit)
