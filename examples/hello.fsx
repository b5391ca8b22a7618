printfn "Hello from %s!" "Fusabi"
