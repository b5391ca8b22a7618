-- Appended to capture.lua and fed by org.fusabi.bench.ExternalLuaEngine to lua on stdin:
--   lua - PROGRAM.lua WARMUP ITERATIONS
-- Runs the program WARMUP + ITERATIONS times in this one process, so that the times are warm as they
-- are for the runtimes in the JVM, and writes each run's os.clock() time to stderr.
-- Each run loads the chunk afresh, outside the clock: LuaJIT's traces are tied to the closures they
-- were recorded on, so rerunning one loaded chunk (new closures each run) makes them fail their guards
-- and get blacklisted, and later runs were up to 10x slower than the first. Lua 5.4 does not care.
-- Each run's output is written to stdout after its clock stops, so that the harness can check every run.
local program, warmup, iterations = arg[1], tonumber(arg[2]), tonumber(arg[3])

for _ = 1, warmup + iterations do
  local chunk = assert(loadfile(program))
  local start = os.clock()
  chunk()
  local elapsed = os.clock() - start
  io.stdout:write(__bench_output())
  io.stderr:write(string.format("@@bench %.9f\n", elapsed))
  io.stderr:flush()
end
