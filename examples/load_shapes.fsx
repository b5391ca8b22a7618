// #load brings in other scripts, as in F#: their definitions live in the module named after the file
// (Geometry, Report), used qualified or after open. Ground with fus grind, the image holds them all.
#load "lib/geometry.fsx" "lib/report.fsx"
open Geometry

let shapes = [ Circle 1.0; Rect (2.0, 3.0); Circle 0.5 ]
for s in shapes do
    printfn "%s" (Report.line s)
printfn "total      %8.2f" (shapes |> List.sumBy area)
