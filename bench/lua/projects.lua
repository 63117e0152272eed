-- The list of all projects.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

common.install("projects", function()
   return "/projekte"
end)
