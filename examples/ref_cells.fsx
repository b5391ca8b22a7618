// Ref cells with the operators older F# code uses: !r, r := v, incr, decr (F# 6 and later also write r.Value).
let count = ref 0
while (!count < 10) do
    count := !count + 2
printfn "%d" !count
incr count
incr count
decr count
printfn "%d" count.Value
let f r = !r + 1
printfn "%d" (f (ref 41))
let s = ref "a"
s := !s + "b"
printfn "%s" !s
let cells = [ref 1; ref 2]
List.iter incr cells
printfn "%A" (List.map (!) cells)
