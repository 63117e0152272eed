-- The big project's page.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

common.install("project", function()
   return "/projekte/" .. (p.slug or "ideenkarte-gross")
end)
