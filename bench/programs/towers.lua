-- Towers of towers.fsx: each pile is a linked list of { size, next } disks.
local function run()
  local piles = {}
  local moves = 0
  local function push(size, pile)
    local top = piles[pile]
    if top and top.size <= size then error("cannot put a big disk on a smaller one") end
    piles[pile] = { size = size, next = top }
  end
  local function pop(pile)
    local top = piles[pile]
    if not top then error("attempt to remove a disk from an empty pile") end
    piles[pile] = top.next
    return top.size
  end
  local function moveTop(from, dest)
    push(pop(from), dest)
    moves = moves + 1
  end
  local function moveDisks(disks, from, dest)
    if disks == 1 then
      moveTop(from, dest)
    else
      local other = 3 - from - dest
      moveDisks(disks - 1, from, other)
      moveTop(from, dest)
      moveDisks(disks - 1, other, dest)
    end
  end
  for size = 12, 0, -1 do push(size, 0) end
  moveDisks(13, 0, 1)
  return moves
end

local total = 0
for _ = 1, 20 do total = total + run() end
print(string.format("towers: %d moves", total))
