// Queens (Are We Fast Yet): backtracking over boolean arrays, solved 2000 times or as many as the argument says.
let times = match Env.args with n :: _ -> int n | [] -> 2000

let queens () =
    let freeRows = Array.create 8 true
    let freeMaxs = Array.create 16 true
    let freeMins = Array.create 16 true
    let queenRows = Array.create 8 (-1)
    let isFree r c = freeRows.[r] && freeMaxs.[c + r] && freeMins.[c - r + 7]
    let setFree r c v =
        freeRows.[r] <- v
        freeMaxs.[c + r] <- v
        freeMins.[c - r + 7] <- v
    let rec place c =
        let mutable r = 0
        let mutable placed = false
        while not placed && r < 8 do
            if isFree r c then
                queenRows.[r] <- c
                setFree r c false
                if c = 7 || place (c + 1) then placed <- true
                else setFree r c true
            r <- r + 1
        placed
    if place 0 then queenRows.[0] * 10000000 + queenRows.[1] * 1000000 + queenRows.[2] * 100000
                    + queenRows.[3] * 10000 + queenRows.[4] * 1000 + queenRows.[5] * 100
                    + queenRows.[6] * 10 + queenRows.[7]
    else -1

let mutable solved = 0
let mutable last = 0
for _ in 1 .. times do
    last <- queens ()
    if last >= 0 then solved <- solved + 1
printfn "queens: %d of %d solved, rows %08d" solved times last
