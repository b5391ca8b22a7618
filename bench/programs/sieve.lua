-- The list sieve of sieve.fsx. Lua's list is the array, so each prime filters the remaining
-- candidates into a fresh array, where F# builds a fresh linked list.
local function withoutMultiples(p, candidates)
  local kept, n = {}, 0
  for i = 2, #candidates do
    local x = candidates[i]
    if x % p ~= 0 then
      n = n + 1
      kept[n] = x
    end
  end
  return kept
end

local function filter(primes, candidates)
  if #candidates == 0 then return primes end
  local p = candidates[1]
  primes[#primes + 1] = p
  return filter(primes, withoutMultiples(p, candidates))
end

local function sieve(n)
  local candidates = {}
  for x = 2, n - 1 do candidates[x - 1] = x end
  return filter({}, candidates)
end

print(string.format("Found %d primes", #sieve(10000)))
