-- The idea list: rotates through every combination of sort order, category filter (none or one of the
-- categories) and a few pages, each thread starting at another place in the rotation.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

local base = "/projekte/" .. (p.slug or "ideenkarte-gross") .. "/ideen"
local sorts = { "neueste", "unterstuetzt", "diskutiert" }
local pages = { 1, 2, 5, 20 }
local categories = { false }
for _, id in ipairs(p.categories or {}) do
   table.insert(categories, id)
end

local paths = {}
for _, sort in ipairs(sorts) do
   for _, category in ipairs(categories) do
      for _, page in ipairs(pages) do
         local path = base .. "?sortierung=" .. sort
         if category then
            path = path .. "&kategorie=" .. category
         end
         if page > 1 then
            path = path .. "&seite=" .. page
         end
         table.insert(paths, path)
      end
   end
end

common.install("ideas", function(call)
   return paths[(call + (thread_no or 1) * 7) % #paths + 1]
end)
