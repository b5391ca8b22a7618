// String functions and printf formatting with widths and precision.
let s = "  Hello, Fusabi World  "
let t = s.Trim()
printfn "[%s]" t
printfn "upper: %s, lower: %s" (t.ToUpper()) (t.ToLower())
printfn "length: %d" t.Length
printfn "contains Fusabi: %b, starts with Hello: %b, ends with x: %b" (t.Contains "Fusabi") (t.StartsWith "Hello") (t.EndsWith "x")
printfn "substring: %s / %s" (t.Substring 7) (t.Substring(7, 6))
printfn "replace: %s" (t.Replace("World", "Scripts"))
printfn "index of comma: %d" (t.IndexOf ",")
printfn "split: %A" (t.Split ' ')
printfn "join: %s" (String.concat "-" [ "a"; "b"; "c" ])
printfn "replicate: %s" (String.replicate 3 "ab")
printfn "map: %s" (String.map (fun c -> if c = 'o' then '0' else c) "foo bar boo")
printfn "char at 1: %c" t.[1]

printfn "|%5d|%-5d|%05d|" 42 42 42
printfn "|%8s|%-8s|" "right" "left"
printfn "|%.2f|%8.3f|%-8.1f|%08.2f|" 3.14159 2.71828 1.25 (-3.5)
printfn "|%+d|%+.1f|" 7 2.0
printfn "%x %X %o" 255 255 8
printfn "%e" 12345.678
printfn "%s scored %d%%" "Ann" 95
let line name qty price = sprintf "%-10s %3d x %7.2f = %8.2f" name qty price (float qty * price)
printfn "%s" (line "apples" 3 0.5)
printfn "%s" (line "cheese" 12 4.25)
printfn "%s" ($"interpolated: {1 + 2} and {t.Length}")
