-- The project overview: all projects and filtered by state, topic and district, pages 1 and 2, in turn.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

local queries = { "", "?status=laeuft", "?topic=3", "?district=5", "?seite=2", "?status=abgeschlossen&seite=2" }

common.install("projects", function(call)
   return "/projekte" .. queries[(call + (thread_no or 1) * 3) % #queries + 1]
end)
