-- The array sieve of sieve_array.fsx.
local function sieve(n)
  local composite = {}
  for i = 0, n do composite[i] = false end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      local j = i * i
      while j <= n do
        composite[j] = true
        j = j + i
      end
    end
  end
  return count
end

print(string.format("primes up to 1000000: %d", sieve(1000000)))
