-- Storage of storage.fsx: a leaf is { cells = array }, an inner node { children = array of 4 }.
local seed = 74755
local function nextRandom()
  seed = (seed * 1309 + 13849) % 65536
  return seed
end

local count = 0
local function build(depth)
  count = count + 1
  if depth == 1 then
    local cells = {}
    for i = 1, nextRandom() % 10 + 1 do cells[i] = 0 end
    return { cells = cells }
  end
  local children = {}
  for i = 1, 4 do children[i] = build(depth - 1) end
  return { children = children }
end

local function leafCells(node)
  if node.cells then return #node.cells end
  local total = 0
  for _, child in ipairs(node.children) do total = total + leafCells(child) end
  return total
end

local cells = 0
for _ = 1, 100 do cells = cells + leafCells(build(7)) end
print(string.format("storage: %d nodes, %d leaf cells", count, cells))
