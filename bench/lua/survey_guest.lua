-- Guests answering the open survey online: POST /umfragen/<phase> with a whole questionnaire (the
-- same 13 questions as umfrage-gross) and the "absenden" button, in sessions bench/run started by
-- opening the form (BENCH_SESSIONS). Every request comes from another address (X-Forwarded-For, as
-- nginx sets it in front of the platform), so the limit of responses per address and hour does not
-- apply; the survey keeps one response per browser by a cookie, which wrk does not send back. Success
-- is the redirect to the thank-you page ("stored"); a 200 is the form again with a problem.
-- With BENCH_RATE set, at most that many a second (the spike's 200 submissions a second).
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local questionnaire = require("questionnaire")
local p = common.params()
local survey = p.guest_survey or { phase = 0, questions = {} }
local sessions = common.sessions()
local path = "/umfragen/" .. survey.phase
local rate = tonumber(os.getenv("BENCH_RATE") or "")

local function session_of(call)
   return common.session_of(sessions, call)
end

common.install(os.getenv("BENCH_SCENARIO") or "survey-guest", function()
   return path
end, {
   method = "POST",
   rate = rate,
   headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "text/html" },
   request_headers = function(call)
      return { ["Cookie"] = session_of(call).cookie,
               ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
                  math.random(1, 254)) }
   end,
   body = function(call)
      return questionnaire.body(survey.questions, session_of(call).csrf) .. "&aktion=absenden"
   end,
   ok = function(status, headers)
      local location = headers["Location"] or headers["location"] or ""
      if status == 302 and location:find("/danke", 1, true) then
         return true, "stored"
      end
      return false
   end,
})
