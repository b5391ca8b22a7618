-- wordfreq.fsx in Lua: the words are counted in a table keyed by the word.
-- (No // operator: LuaJIT is Lua 5.1 and LuaJ 5.2; every intermediate value stays below 2^53, exact in a double.)
local syllables = { "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo" }
local seed = 42
local function next()
  seed = seed * 16807 % 2147483647
  return seed
end

local function spell(n)
  if n < 8 then return syllables[n + 1] end
  return spell(math.floor(n / 8)) .. syllables[n % 8 + 1]
end

local words = 500000
local parts = {}
for i = 1, words do
  local limit = next() % 1000 + 1
  parts[i] = spell(next() % limit)
end
local text = table.concat(parts, " ")

local counts, distinct = {}, 0
for word in string.gmatch(text, "[^ ]+") do
  local n = counts[word]
  if n then counts[word] = n + 1 else counts[word] = 1; distinct = distinct + 1 end
end

print(string.format("%d words, %d distinct", words, distinct))
local entries = {}
for word, n in pairs(counts) do entries[#entries + 1] = { word, n } end
table.sort(entries, function(a, b) if a[2] ~= b[2] then return a[2] > b[2] end return a[1] < b[1] end)
for i = 1, 10 do print(string.format("%s %d", entries[i][1], entries[i][2])) end
