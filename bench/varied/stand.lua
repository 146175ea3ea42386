-- Varied workload: the page of a stand, drawn with a session of a company that booked it
-- (every stand of the dataset that the signed-in sessions take part in).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/stands/" .. r.id("stands")
end)
