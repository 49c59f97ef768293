-- wrk script: every request posts a new seller's week (a seller id never seen before), so each one
-- is a full assessment: lock, checks, two rule evaluations, the writes and the standing answered.
-- Arguments after "--": the run's tag (so a second run on the same schema finds no seller twice)
-- and the Basic credentials.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  tag = args[1] or tostring(os.time())
  auth = args[2] or "bench:bench"
  counter = 0
  headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic " .. base64(auth),
  }
end

function request()
  counter = counter + 1
  local body = string.format([[{"sellerId":"W-%s-%d-%d","periodStart":"2026-11-08","periodEnd":"2026-11-14",]]
    .. [["unitsShipped":1000,"unitsLateProcessed":3,"unitsCancelled":1,"unitsLateHandover":0,]]
    .. [["returns":[{"family":"CE","shipped":600,"returned":9},{"family":"OHL","shipped":400,"returned":5}]}]],
    tag, tid, counter)
  return wrk.format("POST", "/api/v1/fba-onsite/assessments", headers, body)
end

local b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
function base64(data)
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d?%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return b64:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end
