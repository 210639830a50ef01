-- wrk script for bench/flood.sh: a flood of expensive searches (issue 23, item 5): long queries, many
-- prefixes, many misspelt words and deep pages, each varied at random so the result cache cannot answer
-- them. Counts answers by status and how many 200s were marked timedOut.
local words = { "transaction", "isolation", "serializable", "timestamp", "replication", "cluster", "index",
  "primary", "backup", "restore", "changefeed", "schema", "migration", "upgrade", "node", "range", "lease",
  "raft", "zone", "region", "statement", "column", "table", "query", "optimizer", "statistics", "latency",
  "certificate", "security", "locality", "survival", "partition", "sequence", "trigger", "function" }
local stems = { "tra", "ser", "ind", "pri", "clu", "tab", "rep", "con", "que", "sch", "bac", "res", "upd",
  "del", "ins", "cre", "col", "sta", "opt", "reg", "zon", "nod", "ran", "lea", "sec", "cer", "loc", "par" }
-- Global, not local: done() reads each thread's copy through thread:get().
counts = { ok = 0, timed_out = 0, s429 = 0, s503 = 0, other4xx = 0, s5xx = 0 }
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("seed", #threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

local function pick(list) return list[math.random(#list)] end

local function misspell(word)
  local i = math.random(2, #word - 1)
  return word:sub(1, i - 1) .. word:sub(i + 1, i + 1) .. word:sub(i, i) .. word:sub(i + 2)
end

local function query()
  local kind, parts = math.random(4), {}
  if kind == 1 then
    for i = 1, 60 do parts[i] = pick(words) end                      -- long
  elseif kind == 2 then
    for i = 1, 16 do parts[i] = pick(stems) .. "*" end                -- many prefixes
  elseif kind == 3 then
    for i = 1, 15 do parts[i] = misspell(pick(words)) end             -- many typos
  else
    for i = 1, 3 do parts[i] = pick(words) end                        -- deep page
  end
  local q = table.concat(parts, "%20"):gsub("%*", "%%2A")
  local offset = (kind == 4 or math.random(2) == 1) and (9000 + math.random(900)) or 0
  return "/search?q=" .. q .. "&limit=100&offset=" .. offset
end

function request()
  return wrk.format("GET", query())
end

function response(status, headers, body)
  if status == 200 then
    counts.ok = counts.ok + 1
    if body:find('"timedOut":true', 1, true) then counts.timed_out = counts.timed_out + 1 end
  elseif status == 429 then counts.s429 = counts.s429 + 1
  elseif status == 503 then counts.s503 = counts.s503 + 1
  elseif status >= 500 then counts.s5xx = counts.s5xx + 1
  else counts.other4xx = counts.other4xx + 1 end
end

function done(summary, latency, requests)
  local t = { ok = 0, timed_out = 0, s429 = 0, s503 = 0, other4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    for k, n in pairs(thread:get("counts")) do t[k] = t[k] + n end
  end
  io.write(string.format("answers: 200 %d (timedOut %d), 429 %d, 503 %d, other 4xx %d, 5xx %d; socket errors: "
    .. "connect %d, read %d, write %d, timeout %d\n", t.ok, t.timed_out, t.s429, t.s503, t.other4xx, t.s5xx,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d requests, %.1f/s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6)))
end
