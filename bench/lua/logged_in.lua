-- Pages for logged-in citizens (never from a cache): the big project's page, its idea list (newest
-- first, page 1 or 2) and a random idea with its comments, in turn, with the sessions of
-- BENCH_SESSIONS (the accounts support logged in).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()
local sessions = common.sessions()
local base = "/projekte/" .. (p.slug or "ideenkarte-gross")

common.install("logged-in", function(call)
   local kind = call % 3
   if kind == 0 then
      return base
   elseif kind == 1 then
      return base .. "/ideen?sortierung=neueste&seite=" .. (1 + call % 2)
   end
   return base .. "/ideen/" .. math.random(p.first_idea or 1, p.last_idea or 1)
end, {
   request_headers = function(call)
      return { ["Cookie"] = common.session_of(sessions, call).cookie }
   end,
})
