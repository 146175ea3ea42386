-- Varied workload: the card of a company drawn among all the dataset's companies.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

lib.run(function(r)
  return "/companies/" .. lib.int(1, lib.data.companies or 20000)
end)
