// Permute (Are We Fast Yet): every permutation of a 6-element array by recursive swapping, 200 times or as many as
// the argument says.
let times = match Env.args with n :: _ -> int n | [] -> 200

let permutations () =
    let v = Array.create 6 0
    let count = ref 0
    let swap i j =
        let t = v.[i]
        v.[i] <- v.[j]
        v.[j] <- t
    let rec permute n =
        count.Value <- count.Value + 1
        if n <> 0 then
            let n1 = n - 1
            permute n1
            for i in n1 .. -1 .. 0 do
                swap n1 i
                permute n1
                swap n1 i
    permute 6
    count.Value

let mutable total = 0
for _ in 1 .. times do
    total <- total + permutations ()
printfn "permute: %d calls" total
