-- Varied workload: the public national summary of the observatory, or one of its tables as CSV.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

local tables = { "export-staff", "difficulties", "obstacles", "reticences", "markets-served", "export-situation",
  "size", "turnover", "naf-divisions", "obstacles-by-size" }

lib.run(function(r)
  if lib.chance(0.3) then
    return "/observatory/summary/" .. lib.pick(tables) .. ".csv"
  end
  return "/observatory/summary"
end)
