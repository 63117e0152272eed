-- A filled-in questionnaire as a form body: random answers to every question shown (a conditional
-- question only after its condition), optional ones left out now and then. Used by survey-submit (paper
-- questionnaires typed in by staff), survey-guest and the spike (guests answering online).
local questionnaire = {}

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

function questionnaire.body(questions, csrf)
   local parts = { "_csrf=" .. csrf }
   local answers = {}
   for _, q in ipairs(questions) do
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

return questionnaire
