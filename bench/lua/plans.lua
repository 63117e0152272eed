-- The Vorhabenliste: /vorhaben, without and with a status or topic filter, pages 1 and 2.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")

local queries = { "", "?status=COUNCIL", "?topic=3", "?seite=2" }

common.install("plans", function(call)
   return "/vorhaben" .. queries[call % #queries + 1]
end)
