-- The page of the idea with 10,000 comments (the lowest idea id of the big project).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

local path = "/projekte/" .. (p.slug or "ideenkarte-gross") .. "/ideen/" .. (p.big_idea or 1)

common.install("idea-big", function()
   return path
end)
