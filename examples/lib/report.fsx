// Loads geometry.fsx itself (paths are relative to this file); a file loaded twice is loaded once.
#load "geometry.fsx"
open Geometry

let line shape = sprintf "%-10s %8.2f" (name shape) (area shape)
