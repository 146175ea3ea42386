-- Varied workload: the page of a cost pool, drawn with a session of a company that takes
-- part in it (every pool of the dataset that the signed-in sessions take part in).
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/pools/" .. r.id("pools")
end)
