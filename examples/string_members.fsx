// Strings through their .NET members, and lambdas whose parameter types come from the piped value.
let text = "  The quick brown fox, the lazy dog  "
let words = text.Trim().Split([|' '; ','|], System.StringSplitOptions.RemoveEmptyEntries)
printfn "%A" words
words |> Array.map (fun w -> w.ToLower()) |> Array.distinct |> printfn "%A"
words |> Array.filter (fun w -> w.StartsWith "t" || w.StartsWith 'T') |> printfn "%A"
let longest = words |> Array.maxBy (fun w -> w.Length)
printfn "longest: %s (%d)" longest longest.Length
printfn "[%s] [%s]" ("7".PadLeft(3, '0')) ("ab".PadRight 4)
printfn "%d %d %d" (text.IndexOf 'q') (text.IndexOf("fox")) (text.LastIndexOf 'o')
printfn "%s" ("hello world".Substring(6).ToUpper())
printfn "%s|%s|%s" ("xxhixx".Trim('x')) ("  a ".TrimStart()) ("b!!".TrimEnd([|'!'|]))
printfn "%s" ("2026-12-07".Replace("-", "/"))
printfn "%s %s" ("abcdef".Insert(3, "-")) ("abcdef".Remove(1, 2))
printfn "%A" ("a;b".Split ';' |> Array.map (fun s -> s.ToCharArray()))
let lengths = List.map (fun s -> s.Length) ["one"; "three"]
printfn "%A" lengths
[1.5; -2.5; 3.7] |> List.map int |> printfn "%A"
["10"; "20"] |> List.map int |> List.sum |> printfn "%d"
[104; 105] |> List.map char |> List.map string |> String.concat "" |> printfn "%s"
