-- Binary trees (Benchmarks Game algorithm), as binary_trees.fsx: a Node is a two-slot table and
-- Leaf one shared table, as a nullary union case is one shared value.
local Leaf = {}

local function make(depth)
  if depth == 0 then return { Leaf, Leaf } end
  return { make(depth - 1), make(depth - 1) }
end

local function check(tree)
  if tree == Leaf then return 0 end
  return 1 + check(tree[1]) + check(tree[2])
end

local maxDepth = 14
local minDepth = 4
local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(make(stretch))))
local longLived = make(maxDepth)
for d = minDepth, maxDepth, 2 do
  -- 2 ^ n rather than 1 << n: LuaJIT has no shift operator.
  local iterations = math.floor(2 ^ (maxDepth - d + minDepth))
  local total = 0
  for _ = 1, iterations do
    total = total + check(make(d))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, d, total))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(longLived)))
