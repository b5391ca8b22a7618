// Interpolated strings: typed holes (%d{n}) go through printf formatting and type-check their hole; untyped holes
// show values as string does; {x,align:format} formats as .NET does.
let n = 42
let x = 3.14159
let s = "ab"
printfn $"n=%d{n} x=%.2f{x} s=%5s{s}|"
printfn $"untyped {n} {x} {s} {Some 1}"
let t = $"""triple {"quoted"} {{braces}} %d{n + 1} 100%%"""
printfn "%s" t
printfn $"{x:N3} {1234567.891:N2} {n:D5} {255:X} {255:x4} [{s,5}] [{s,-5}] [{x,8:F2}]"
printfn $"{0.5:0.00} {1234.5:#,##0.0} {0.25:#.##}"
let msg = sprintf $"sum {n + 1}"
printfn "%s" msg
