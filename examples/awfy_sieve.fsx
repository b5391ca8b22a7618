// The array sieve of Eratosthenes up to 10,000 (1,000,000 in bench/programs): array reads and writes in tight nested loops.
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

printfn "primes up to 10000: %d" (sieve 10000)
