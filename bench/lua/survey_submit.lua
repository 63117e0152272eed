-- Paper questionnaires typed in by staff: POST /verwaltung/phasen/<id>/umfrage/papier with sessions of
-- the bench admin, which bench/run gets by logging in: BENCH_SESSIONS holds "<SESSION cookie>=<CSRF
-- token>" pairs separated by spaces, and the requests take them in turn (several people typing in).
-- Every request is another valid questionnaire: random answers to every question shown (the
-- conditional question only after "yes"), optional ones left out now and then. Success is only the
-- redirect to ".../papier?erfasst"; a 200 is the form again with problems, a redirect elsewhere (the
-- login) a lost session.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local questionnaire = require("questionnaire")
local p = common.params()
local survey = p.survey or { phase = 0, questions = {} }

local path = "/verwaltung/phasen/" .. survey.phase .. "/umfrage/papier"
local sessions = common.sessions()
local function session_of(call)
   return common.session_of(sessions, call)
end

common.install("survey-submit", function()
   return path
end, {
   method = "POST",
   headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "text/html" },
   request_headers = function(call)
      return { ["Cookie"] = session_of(call).cookie }
   end,
   body = function(call)
      return questionnaire.body(survey.questions, session_of(call).csrf)
   end,
   ok = function(status, headers)
      local location = headers["Location"] or headers["location"] or ""
      return status == 302 and location:find("/papier?erfasst", 1, true) ~= nil
   end,
})
