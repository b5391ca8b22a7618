// Ten million self tail calls: measures the call path and int arithmetic, which must run in constant stack.
let rec loop i acc =
    if i = 10000000 then acc
    else loop (i + 1) (acc + i % 7)

printfn "loop(10000000) = %d" (loop 0 0)
