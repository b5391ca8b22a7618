// The list sieve: each prime filters the remaining candidates into a new list (allocation, closures).
let sieve n =
    let rec filter primes candidates =
        match candidates with
        | [] -> primes
        | p :: rest ->
            let filtered = List.filter (fun x -> x % p <> 0) rest
            filter (p :: primes) filtered

    filter [] (List.range 2 n)

let primes = sieve 10000
printfn "Found %d primes" (List.length primes)
