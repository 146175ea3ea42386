-- Varied workload: the observatory of an agency drawn among the bench agencies (national or
-- one or two regions), every company or one size class, or one of its tables as CSV.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

local sizes = { "", "MICRO", "SMALL", "MEDIUM", "LARGE" }
local tables = { "export-staff", "difficulties", "obstacles", "reticences", "markets-served", "markets-targeted",
  "export-situation", "export-share", "size", "turnover", "innovative", "naf-divisions", "obstacles-by-size",
  "reticences-by-situation" }

lib.run(function(r)
  local size = lib.pick(sizes)
  if lib.chance(0.3) then
    return lib.url("/observatory/" .. lib.pick(tables) .. ".csv", { { "size", size } })
  end
  return lib.url("/observatory", { { "size", size } })
end)
