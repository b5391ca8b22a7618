// wordfreq: count the words of a generated text with a Dictionary and print the ten most frequent. The text is
// 500,000 words (or as many as the argument says) from a Park-Miller generator; a word is its number spelled in
// syllables, the numbers skewed towards small ones, so that counts fall off as word frequencies do.
open System.Collections.Generic
open System.Text

let words = match Env.args with n :: _ -> int n | [] -> 500000
let syllables = [| "ka"; "lo"; "mi"; "ne"; "ru"; "sa"; "ti"; "vo" |]
let mutable seed = 42
let next () =
    seed <- seed * 16807 % 2147483647
    seed

let rec spell n = if n < 8 then syllables.[n] else spell (n / 8) + syllables.[n % 8]

let text = StringBuilder()
for i in 1 .. words do
    let limit = next () % 1000 + 1
    if i > 1 then text.Append ' ' |> ignore
    text.Append(spell (next () % limit)) |> ignore

let counts = Dictionary()
for word in text.ToString().Split ' ' do
    match counts.TryGetValue word with
    | true, n -> counts.[word] <- n + 1
    | _ -> counts.[word] <- 1

printfn "%d words, %d distinct" words counts.Count
counts
|> Seq.sortBy (fun (KeyValue (word, n)) -> (-n, word))
|> Seq.truncate 10
|> Seq.iter (fun (KeyValue (word, n)) -> printfn "%s %d" word n)
