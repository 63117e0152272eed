-- The anonymous half of the spike: a newspaper links the platform and thousands read at once. Each
-- request is one of the public pages, weighted like a visit: the start page, the project overview, the
-- open survey's project page and form, the big project, its idea list, a random idea, a map request.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()
local base = "/projekte/" .. (p.slug or "ideenkarte-gross")
local guest = p.guest_survey or { phase = 0, slug = "umfrage-offen" }
local box = p.box or { west = 7.70, south = 49.40, east = 7.84, north = 49.48 }

local pages = {
   function() return "/" end,
   function() return "/" end,
   function() return "/projekte" end,
   function() return "/projekte/" .. (guest.slug or "umfrage-offen") end,
   function() return "/projekte/" .. (guest.slug or "umfrage-offen") end,
   function() return "/umfragen/" .. guest.phase end,
   function() return base end,
   function() return base .. "/ideen?sortierung=unterstuetzt" end,
   function() return base .. "/ideen/" .. math.random(p.first_idea or 1, p.last_idea or 1) end,
   function()
      local lon = box.west + math.random() * (box.east - box.west)
      local lat = box.south + math.random() * (box.north - box.south)
      -- a phone's view at zoom 15, widened to the grid of map tiles as idea-map.js does
      local step = 360 / 2 ^ 15
      return string.format("%s/ideen/karte.geojson?bbox=%.5f,%.5f,%.5f,%.5f&zoom=15", base,
         math.floor((lon - 0.02) / step) * step, math.floor((lat - 0.01) / step) * step,
         math.ceil((lon + 0.02) / step) * step, math.ceil((lat + 0.01) / step) * step)
   end,
}

common.install(os.getenv("BENCH_SCENARIO") or "spike-read", function()
   return pages[math.random(#pages)]()
end)
