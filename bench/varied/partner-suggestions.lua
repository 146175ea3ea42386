-- Varied workload: the partner suggestions of the member firm of the session drawn at random
-- (each firm has its own markets, activity and ecosystems, hence its own candidates).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/ecosystems/partners"
end)
