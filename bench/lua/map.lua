-- Map viewports: a random zoom level from 12 (the whole city) to 17 (a few streets) and a random centre
-- inside the project's box; the viewport is what a 1280 x 800 pixel map shows at that zoom.
package.path = (os.getenv("BENCH_LUA_DIR") or "bench/lua") .. "/?.lua;" .. package.path
local common = require("common")
local p = common.params()

local base = "/projekte/" .. (p.slug or "ideenkarte-gross") .. "/ideen/karte.geojson"
local box = p.box or { west = 7.70, south = 49.40, east = 7.84, north = 49.48 }
local width_px, height_px = 1280, 800

common.install("map", function()
   local zoom = math.random(12, 17)
   local lon = box.west + math.random() * (box.east - box.west)
   local lat = box.south + math.random() * (box.north - box.south)
   -- degrees per pixel of a Web Mercator map at this zoom; north-south shrinks with cos(latitude)
   local degrees = 360 / (256 * 2 ^ zoom)
   local half_width = width_px * degrees / 2
   local half_height = height_px * degrees * math.cos(math.rad(lat)) / 2
   -- widened to the grid of map tiles, as idea-map.js does
   local step = 360 / 2 ^ zoom
   return string.format("%s?bbox=%.5f,%.5f,%.5f,%.5f&zoom=%d", base, math.floor((lon - half_width) / step) * step,
      math.floor((lat - half_height) / step) * step, math.ceil((lon + half_width) / step) * step,
      math.ceil((lat + half_height) / step) * step, zoom)
end)
