-- The results page of the big survey: all responses, then only those typed in from paper, then only
-- those sent online, in turn.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

local base = "/umfragen/" .. ((p.survey or {}).phase or 0) .. "/ergebnisse"
local paths = { base, base .. "?kanal=papier", base .. "?kanal=online" }

common.install("survey-results", function(call)
   return paths[(call + (thread_no or 1)) % #paths + 1]
end)
