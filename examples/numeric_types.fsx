// F#'s numeric types: literals, arithmetic that wraps at each type's width, conversions, limits and printing.
let b = 250uy
printfn "%A %A %A" b (b + 10uy) (b * 2uy)
printfn "%d %x %o %X" (b + 10uy) b b 255uy
let sb = -128y
printfn "%A %A %A" sb (sb - 1y) (abs -127y)
printfn "%A %A" 32767s (32767s + 1s)
printfn "%A %A" 65535us (65535us + 1us)
let i32 = System.Int32.MaxValue
printfn "%d %d %A" i32 (i32 + 1) (i32 / 2)
printfn "%A %A %x" 4294967295u (4294967295u + 1u) 0xDEADBEEFu
let u64 = System.UInt64.MaxValue
printfn "%A %d %A" u64 (u64 / 3UL) (u64 > 1UL)
printfn "%A %A" 1n 2un
printfn "%A %A %A" (-1y >>> 1) (0x80uy >>> 1) (1l <<< 33)
printfn "%x %x %x" -1y -1s -1l
printfn "%A %A" (~~~0uy) (~~~0s)
let f = 1.5f
printfn "%A %A %A %A" f (f / 3.0f) 0.1f (float32 1 / 3.0f)
printfn "%f %.2f %g %s" f (f + 0.25f) 0.1f (string 0.1f)
let m = 1.50m
printfn "%A %A %A %A" m (m * 2.0m) (m + 0.005m) (10m / 4m)
printfn "%M %.3f %A" (1m / 3m) 2.5m (-m)
let big = 2I
printfn "%A %A %A" big (pown big 100) (big ** 64 - 1I)
printfn "%A" [1uy; 2uy; 255uy]
printfn "%A" (byte 300, sbyte 200, int16 70000, uint16 -1, int32 3000000000L, uint32 -1)
printfn "%A" (uint64 -1, float32 1.1, decimal 1.1, int 2.9m, byte "12", int32 "-0x10")
printfn "%A" (int 'a', char 97uy, float 3uy, float32 3I, decimal 3uy, bigint 2.5)
printfn "%A" (List.sum [1uy; 2uy], List.sum [1.5m; 2.25m], List.sum ([]: float32 list), List.map byte [1; 256])
printfn "%b %b %b" (1uy < 2uy) (System.UInt64.MaxValue > 0UL) (1.5m = 1.50m)
printfn "%A %A %A" (compare 3uy 2uy) (max 1.5f 2.5f) (hash 7uy)
try printfn "%d" (1uy / (b - b)) with :? System.DivideByZeroException as e -> printfn "%s" e.Message
try printfn "%d" (int32 "99999999999") with :? System.OverflowException as e -> printfn "%s" e.Message
