-- Varied workload: the page of an ecosystem drawn among all the dataset's ecosystems.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/ecosystems/" .. lib.int(1, lib.data.ecosystems or 500)
end)
