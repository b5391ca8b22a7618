-- Queens of queens.fsx (0-based arrays, as in F#).
local function queens()
  local freeRows, freeMaxs, freeMins, queenRows = {}, {}, {}, {}
  for i = 0, 7 do freeRows[i] = true; queenRows[i] = -1 end
  for i = 0, 15 do freeMaxs[i] = true; freeMins[i] = true end
  local function isFree(r, c) return freeRows[r] and freeMaxs[c + r] and freeMins[c - r + 7] end
  local function setFree(r, c, v)
    freeRows[r] = v
    freeMaxs[c + r] = v
    freeMins[c - r + 7] = v
  end
  local function place(c)
    for r = 0, 7 do
      if isFree(r, c) then
        queenRows[r] = c
        setFree(r, c, false)
        if c == 7 or place(c + 1) then return true end
        setFree(r, c, true)
      end
    end
    return false
  end
  if not place(0) then return -1 end
  local rows = 0
  for r = 0, 7 do rows = rows * 10 + queenRows[r] end
  return rows
end

local solved, last = 0, 0
for _ = 1, 2000 do
  last = queens()
  if last >= 0 then solved = solved + 1 end
end
print(string.format("queens: %d of 2000 solved, rows %08d", solved, last))
