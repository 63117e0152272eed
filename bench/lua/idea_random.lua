-- Pages of random ideas of the big project (its idea ids are one contiguous range).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

local base = "/projekte/" .. (p.slug or "ideenkarte-gross") .. "/ideen/"
local first, last = p.first_idea or 1, p.last_idea or 100000

common.install("idea-random", function()
   return base .. math.random(first, last)
end)
