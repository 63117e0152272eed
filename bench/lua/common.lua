-- Shared by every scenario: per-thread random seeds, the benchmark parameters, counting of responses
-- that are not 2xx, and a summary in done().
--
-- A scenario script calls common.install(scenario, next_path) for GETs, or common.install(scenario,
-- next_path, options) for other requests: options.method, options.headers (added to the defaults),
-- options.request_headers(call) (headers of one request, e.g. its cookie), options.body(call) and
-- options.ok(status, headers), which decides what counts as success (by default any 2xx). The parameters (category and idea ids, ...) come from the Lua file named by BENCH_PARAMS,
-- which bench/run writes after querying the database.

local common = {}

function common.params()
   local file = os.getenv("BENCH_PARAMS")
   if file == nil or file == "" then
      return {}
   end
   return dofile(file)
end

-- Browsers ask for compressed pages; so do we.
local headers = { ["Accept"] = "text/html,application/geo+json,application/json;q=0.9,*/*;q=0.8",
                  ["Accept-Encoding"] = "gzip" }

local function ok_2xx(status, _)
   return status >= 200 and status <= 299
end

function common.install(scenario, next_path, options)
   local threads = {}
   local counter = 1
   options = options or {}
   local method = options.method or "GET"
   local ok = options.ok or ok_2xx
   local request_headers = {}
   for name, value in pairs(headers) do
      request_headers[name] = value
   end
   for name, value in pairs(options.headers or {}) do
      request_headers[name] = value
   end

   function setup(thread)
      thread:set("thread_no", counter)
      table.insert(threads, thread)
      counter = counter + 1
   end

   function init(args)
      math.randomseed(os.time() * 100 + (thread_no or 0))
      for _ = 1, 10 do math.random() end
      non2xx = 0
      statuses = {}
      calls = 0
   end

   function request()
      calls = calls + 1
      local body = options.body and options.body(calls) or nil
      local these = request_headers
      if options.request_headers then
         these = {}
         for name, value in pairs(request_headers) do
            these[name] = value
         end
         for name, value in pairs(options.request_headers(calls)) do
            these[name] = value
         end
      end
      return wrk.format(method, next_path(calls), these, body)
   end

   function response(status, response_headers, _)
      if not ok(status, response_headers) then
         non2xx = non2xx + 1
         statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
      end
   end

   function done(summary, latency, _)
      local seconds = summary.duration / 1e6
      local non = 0
      local by_status = {}
      for _, thread in ipairs(threads) do
         non = non + (thread:get("non2xx") or 0)
         for status, n in pairs(thread:get("statuses") or {}) do
            by_status[status] = (by_status[status] or 0) + n
         end
      end
      local codes = {}
      for status, n in pairs(by_status) do
         table.insert(codes, status .. "x" .. n)
      end
      table.sort(codes)
      local e = summary.errors
      local socket = e.connect + e.read + e.write + e.timeout
      local rps = summary.requests / seconds
      local kib = summary.requests > 0 and summary.bytes / summary.requests / 1024 or 0
      io.write(string.format("%-12s %8.1f req/s  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms  "
            .. "non-2xx %d%s  socket errors %d  %.1f KiB/response\n",
         scenario, rps, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
         latency:percentile(99) / 1000, latency.max / 1000, non,
         #codes > 0 and (" (" .. table.concat(codes, " ") .. ")") or "", socket, kib))
      -- one line for bench/run to read
      io.write(string.format("BENCH_RESULT scenario=%s requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f "
            .. "p99=%.2f max=%.2f non2xx=%d statuses=%s socket=%d connect=%d read=%d write=%d timeout=%d kib=%.1f\n",
         scenario, summary.requests, seconds, rps, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
         latency:percentile(99) / 1000, latency.max / 1000, non, #codes > 0 and table.concat(codes, ",") or "-",
         socket, e.connect, e.read, e.write, e.timeout, kib))
   end
end

return common
