#!/usr/bin/env fus run
// Conditional compilation as dotnet fsi sees it: INTERACTIVE is defined, COMPILED is not; Fusabi adds FUSABI.
#nowarn "40"
#light

#if INTERACTIVE
let mode = "interactive"
#else
let mode = "compiled"
#endif

let platform =
#if FUSABI
    "fusabi"
#else
    "dotnet"
#endif

#if !COMPILED && (INTERACTIVE || DEBUG)
printfn "mode: %s" mode
#endif

#if NETCOREAPP || EDITING
printfn "never printed"
#endif

let describe x =
    match x with
#if INTERACTIVE
    | 0 -> "zero"
#endif
    | _ -> "other"

printfn "%s %s" (describe 0) (describe 1)
if platform.Length > 0 then printfn "defined"
