-- List of list.fsx: a list is nil or { head, tail }, as an F# list is [] or head :: tail.
local function makeList(n)
  if n == 0 then return nil end
  return { n, makeList(n - 1) }
end

local function isShorterThan(x, y)
  while true do
    if y == nil then return false end
    if x == nil then return true end
    x, y = x[2], y[2]
  end
end

local function tail(x, y, z)
  if isShorterThan(y, x) then
    return tail(tail(x[2], y, z), tail(y[2], z, x), tail(z[2], x, y))
  end
  return z
end

local function length(l)
  local n = 0
  while l do n, l = n + 1, l[2] end
  return n
end

local total = 0
for _ = 1, 300 do total = total + length(tail(makeList(15), makeList(10), makeList(6))) end
print(string.format("list: %d", total))
