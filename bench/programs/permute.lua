-- Permute of permute.fsx.
local function permutations()
  local v = { [0] = 0, 0, 0, 0, 0, 0 }
  local count = 0
  local function swap(i, j)
    v[i], v[j] = v[j], v[i]
  end
  local function permute(n)
    count = count + 1
    if n ~= 0 then
      local n1 = n - 1
      permute(n1)
      for i = n1, 0, -1 do
        swap(n1, i)
        permute(n1)
        swap(n1, i)
      end
    end
  end
  permute(6)
  return count
end

local total = 0
for _ = 1, 200 do total = total + permutations() end
print(string.format("permute: %d calls", total))
