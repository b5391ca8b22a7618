// wc: counts the lines, words and characters of the files named on the command line, or of standard input when
// none is named, as `wc -lwm` does. A file that cannot be read is reported on standard error and the script
// ends with status 1 after counting the others:  fus run wc.fsx [FILE...]
open System.IO

type Counts = { Lines: int; Words: int; Chars: int }

let add a b = { Lines = a.Lines + b.Lines; Words = a.Words + b.Words; Chars = a.Chars + b.Chars }

let isSpace c = c = ' ' || c = '\t' || c = '\n' || c = '\r'

/// One pass over the text: a word starts at a character that is not a space after one that is (or at the start).
let count (text: string) =
    let mutable lines = 0
    let mutable words = 0
    let mutable inWord = false
    for c in text do
        if c = '\n' then lines <- lines + 1
        if isSpace c then inWord <- false
        elif not inWord then
            inWord <- true
            words <- words + 1
    { Lines = lines; Words = words; Chars = text.Length }

let show c name = printfn "%7d %7d %7d%s" c.Lines c.Words c.Chars (if name = "" then "" else " " + name)

// The first argument is the script itself, as in F# Interactive.
let files = fsi.CommandLineArgs |> Array.toList |> List.tail

let countFile name =
    try
        let c = count (File.ReadAllText name)
        show c name
        Some c
    with
    | :? FileNotFoundException | :? DirectoryNotFoundException ->
        eprintfn "wc: %s: No such file or directory" name
        None

if List.isEmpty files then
    show (count (stdin.ReadToEnd())) ""
else
    let counted = List.map countFile files
    let found = List.choose id counted
    if List.length files > 1 then show (List.reduce add found) "total"
    if List.length found < List.length files then exit 1
