-- Ten million self tail calls, as loop.fsx (Lua's tail calls run in constant stack too).
local function loop(i, acc)
  if i == 10000000 then return acc end
  return loop(i + 1, acc + i % 7)
end

print(string.format("loop(10000000) = %d", loop(0, 0)))
