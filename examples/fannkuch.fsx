// Fannkuch-redux (Benchmarks Game): permutations and flips on int arrays.
let fannkuch n =
    let perm = Array.zeroCreate n
    let perm1 = Array.init n id
    let count = Array.zeroCreate n
    let mutable maxFlips = 0
    let mutable checksum = 0
    let mutable permCount = 0
    let mutable r = n
    let mutable finished = false
    while not finished do
        while r <> 1 do
            count.[r - 1] <- r
            r <- r - 1
        for i in 0 .. n - 1 do
            perm.[i] <- perm1.[i]
        let mutable flips = 0
        let mutable k = perm.[0]
        while k <> 0 do
            let mutable i = 0
            let mutable j = k
            while i < j do
                let t = perm.[i]
                perm.[i] <- perm.[j]
                perm.[j] <- t
                i <- i + 1
                j <- j - 1
            flips <- flips + 1
            k <- perm.[0]
        maxFlips <- max maxFlips flips
        checksum <- checksum + (if permCount % 2 = 0 then flips else -flips)
        let mutable advanced = false
        while not advanced && not finished do
            if r = n then
                finished <- true
            else
                let perm0 = perm1.[0]
                for i in 0 .. r - 1 do
                    perm1.[i] <- perm1.[i + 1]
                perm1.[r] <- perm0
                count.[r] <- count.[r] - 1
                if count.[r] > 0 then advanced <- true
                else r <- r + 1
        permCount <- permCount + 1
    (checksum, maxFlips)

let (checksum, flips) = fannkuch 7
printfn "%d\nPfannkuchen(7) = %d" checksum flips
