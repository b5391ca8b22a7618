-- Spectral norm of spectral_norm.fsx (200x200). (i+j)*(i+j+1) is even, so /2 is exact in floats too
-- (and LuaJIT, being Lua 5.1, has no // operator).
-- "%.9f" by hand: LuaJ's string.format ignores the precision of %f (it printed 1.2742236013532107).
local function fixed9(x)
  local scaled = math.floor(math.abs(x) * 1e9 + 0.5)
  local frac = string.format("%d", scaled % 1e9)
  return string.format("%s%d.%s%s", x < 0 and "-" or "", math.floor(scaled / 1e9), string.rep("0", 9 - #frac), frac)
end
local function a(i, j)
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)
end

local function multiplyAv(n, v, av)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + a(i, j) * v[j] end
    av[i] = sum
  end
end

local function multiplyAtv(n, v, atv)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + a(j, i) * v[j] end
    atv[i] = sum
  end
end

local function multiplyAtAv(n, v, tmp, atAv)
  multiplyAv(n, v, tmp)
  multiplyAtv(n, tmp, atAv)
end

local n = 200
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i], v[i], tmp[i] = 1.0, 0.0, 0.0 end
for _ = 1, 10 do
  multiplyAtAv(n, u, tmp, v)
  multiplyAtAv(n, v, tmp, u)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(fixed9(math.sqrt(vBv / vv)))
