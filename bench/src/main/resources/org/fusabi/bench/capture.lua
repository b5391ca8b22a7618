-- Replaces print so that a run's output goes to memory while the clock runs, as it does in the JVM;
-- __bench_output() returns what was printed since its last call. Shared by driver.lua (lua processes)
-- and org.fusabi.bench.NativeLuaEngine (Lua in the JVM's process). Lua 5.1 (LuaJIT) as well as 5.4: no table.pack.
local buffer = {}

print = function(...)
  local n = select("#", ...)
  local parts = { ... }
  for i = 1, n do parts[i] = tostring(parts[i]) end
  buffer[#buffer + 1] = table.concat(parts, "\t", 1, n) .. "\n"
end

function __bench_output()
  local text = table.concat(buffer)
  buffer = {}
  return text
end
