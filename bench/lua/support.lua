-- Support clicks: POST /projekte/<slug>/ideen/<random id>/bewertung with wert=1, as the support button
-- sends it, by logged-in citizens: BENCH_SESSIONS holds one session per account (bench/run logs in
-- BENCH_SUPPORT_SESSIONS accounts), and the requests take them in turn. Success is the redirect back
-- to the idea saying "unterstuetzt" (a new support, labelled "stored") or "bereits" (this person had
-- supported the idea already, "already"); anything else (the login, the form again) is a failure.
-- bench/run compares the "stored" count with the rows and counters in the database afterwards.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()
local sessions = common.sessions()
local ideas = "/projekte/" .. (p.slug or "ideenkarte-gross") .. "/ideen/"

local function session_of(call)
   return common.session_of(sessions, call)
end

common.install("support", function()
   return ideas .. math.random(p.first_idea or 1, p.last_idea or 1) .. "/bewertung"
end, {
   method = "POST",
   headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "text/html" },
   request_headers = function(call)
      return { ["Cookie"] = session_of(call).cookie }
   end,
   body = function(call)
      return "wert=1&_csrf=" .. session_of(call).csrf
   end,
   ok = function(status, headers)
      local location = headers["Location"] or headers["location"] or ""
      if status ~= 302 then
         return false
      elseif location:find("hinweis=unterstuetzt", 1, true) then
         return true, "stored"
      elseif location:find("hinweis=bereits", 1, true) then
         return true, "already"
      end
      return false
   end,
})
