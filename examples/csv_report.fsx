// csv_report: reads a CSV of sales (a header line, then region, product, units, unit price; a field may be quoted
// to hold commas, "" inside quotes being a quote), prints a summary per region in aligned columns, and writes the
// summary to a report file when one is named:  fus run csv_report.fsx [SALES.csv [REPORT.txt]]
// Without arguments it reads the CSV from standard input and writes no report.
open System.IO

type Sale = { Region: string; Product: string; Units: int; Price: float }

/// The fields of one CSV line.
let fields (line: string) =
    let rec go i quoted (field: string) acc =
        if i = line.Length then List.rev (field :: acc)
        else
            let c = line.[i]
            if quoted && c = '"' && i + 1 < line.Length && line.[i + 1] = '"' then go (i + 2) true (field + "\"") acc
            elif c = '"' then go (i + 1) (not quoted) field acc
            elif c = ',' && not quoted then go (i + 1) false "" (field :: acc)
            else go (i + 1) quoted (field + string c) acc
    go 0 false "" []

let parse lineNumber line =
    match fields line with
    | [region; product; units; price] -> { Region = region; Product = product; Units = int units; Price = float price }
    | other -> failwithf "line %d: expected 4 fields, found %d" lineNumber (List.length other)

let input, lines, report =
    match fsi.CommandLineArgs |> Array.toList with
    | _ :: sales :: rest -> Path.GetFileName sales, File.ReadAllLines sales, List.tryHead rest
    | _ -> "standard input", stdin.ReadToEnd().Split '\n', None

let sales =
    lines
    |> Array.toList
    |> List.mapi (fun i line -> i + 1, line)
    |> List.tail
    |> List.filter (fun (_, line) -> line.Trim() <> "")
    |> List.map (fun (n, line) -> parse n line)

let row name count units revenue = sprintf "%-8s %6d %6d %10.2f" name count units revenue

let revenue sales = List.sumBy (fun s -> float s.Units * s.Price) sales

let summary =
    [ yield sprintf "%-8s %6s %6s %10s" "region" "sales" "units" "revenue"
      for region, regional in List.groupBy (fun s -> s.Region) sales |> List.sortBy fst do
          yield row region (List.length regional) (List.sumBy (fun s -> s.Units) regional) (revenue regional)
      yield row "total" (List.length sales) (List.sumBy (fun s -> s.Units) sales) (revenue sales) ]

printfn "%s: %d sales" input (List.length sales)
for line in summary do printfn "%s" line
match report with
| Some path ->
    File.WriteAllLines(path, summary)
    printfn "wrote %s" (Path.GetFileName path)
| None -> ()
