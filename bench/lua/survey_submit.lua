-- Paper questionnaires typed in by staff: POST /verwaltung/phasen/<id>/umfrage/papier with sessions of
-- the bench admin, which bench/run gets by logging in: BENCH_SESSIONS holds "<SESSION cookie>=<CSRF
-- token>" pairs separated by spaces, and the requests take them in turn (several people typing in).
-- Every request is another valid questionnaire: random answers to every question shown (the
-- conditional question only after "yes"), optional ones left out now and then. Success is only the
-- redirect to ".../papier?erfasst"; a 200 is the form again with problems, a redirect elsewhere (the
-- login) a lost session.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()
local survey = p.survey or { phase = 0, questions = {} }

local path = "/verwaltung/phasen/" .. survey.phase .. "/umfrage/papier"
local sessions = {}
for session, csrf in string.gmatch(os.getenv("BENCH_SESSIONS") or "", "([^%s=]+)=([^%s]+)") do
   table.insert(sessions, { cookie = "SESSION=" .. session, csrf = csrf })
end
if #sessions == 0 then
   sessions = { { cookie = "", csrf = "" } }
end

local places = { "Volkspark", "Stiftsplatz", "Gelterswoog", "Humbergturm", "Japanischer+Garten", "Betzenberg" }
local remarks = { "Bitte+mehr+Busse+am+Abend.", "Die+Radwege+in+der+Innenstadt+enden+ploetzlich.",
   "Danke+fuer+die+Umfrage%21", "Mehr+Baenke+an+den+Haltestellen+waeren+gut.",
   "Die+Ampel+an+der+Mainzer+Strasse+ist+zu+kurz+gruen+fuer+Fussgaenger." }

-- picks k different options of n (0-based)
local function some(n, k)
   local chosen, list = {}, {}
   while #list < k do
      local o = math.random(0, n - 1)
      if not chosen[o] then
         chosen[o] = true
         table.insert(list, o)
      end
   end
   return list
end

local function body(csrf)
   local parts = { "_csrf=" .. csrf }
   local answers = {}
   for _, q in ipairs(survey.questions) do
      local shown = q.cond == nil or answers[q.cond] == q.cond_value
      local skip = not q.required and math.random() < 0.15
      if shown and not skip then
         local field = "q" .. q.id .. "="
         local value
         if q.type == "SINGLE" or q.type == "DROPDOWN" then
            value = tostring(math.random(0, q.options - 1))
         elseif q.type == "YES_NO" then
            value = tostring(math.random(0, 1))
         elseif q.type == "CONSENT" then
            value = "0"
         elseif q.type == "MULTIPLE" then
            local most = math.min(q.max or q.options, q.options, 3)
            for _, o in ipairs(some(q.options, math.random(math.max(q.min or 1, 1), most))) do
               table.insert(parts, field .. o)
            end
         elseif q.type == "SCALE" then
            value = tostring(math.random(q.min or 1, q.max or 5))
         elseif q.type == "NUMBER" then
            value = tostring(math.random(q.min or 0, q.max or 100))
         elseif q.type == "SHORT_TEXT" then
            if math.random() < 0.2 then value = places[math.random(#places)] end
         elseif q.type == "LONG_TEXT" then
            if math.random() < 0.15 then value = remarks[math.random(#remarks)] end
         end
         if value ~= nil then
            answers[q.id] = value
            table.insert(parts, field .. value)
         end
      end
   end
   return table.concat(parts, "&")
end

local function session_of(call)
   return sessions[(call + (thread_no or 1)) % #sessions + 1]
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
      return body(session_of(call).csrf)
   end,
   ok = function(status, headers)
      local location = headers["Location"] or headers["location"] or ""
      return status == 302 and location:find("/papier?erfasst", 1, true) ~= nil
   end,
})
