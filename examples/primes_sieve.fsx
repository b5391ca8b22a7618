// A list-based prime sieve: List.range + List.filter.
let sieve n =
    let rec go primes candidates =
        match candidates with
        | [] -> List.rev primes
        | p :: rest -> go (p :: primes) (List.filter (fun x -> x % p <> 0) rest)
    go [] (List.range 2 n)

let primes = sieve 1000
printfn "first 10 primes: %A" (List.take 10 primes)
printfn "primes below 1000: %d" (List.length primes)
printfn "largest: %d" (List.last primes)
