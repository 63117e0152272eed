-- The survey project's page, which shows the running survey phase with its counters.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

common.install("survey-project", function()
   return "/projekte/umfrage-gross"
end)
