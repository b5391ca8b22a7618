// Env.args: the arguments after the script on the fus command line (none in the golden test).
let args = Env.args
printfn "%d argument(s): %A" (List.length args) args
