-- Varied workload: the aid search page (anonymous or signed in, see bench/varied.txt):
-- one to three words most of the time, a kind, what it pays for and a region a third of the time
-- each, pages 1 to 5.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")
local v = dofile("bench/varied/aids-vocabulary.lua")
local regions, words, kinds, pays_for = v.regions, v.words, v.kinds, v.pays_for

lib.run(function(r)
  return lib.url("/aids", {
    { "q", lib.chance(0.8) and lib.words(words, 3) or nil },
    { "kind", lib.chance(0.33) and lib.pick(kinds) or nil },
    { "paysFor", lib.chance(0.33) and lib.pick(pays_for) or nil },
    { "region", lib.chance(0.33) and lib.pick(regions) or nil },
    { "page", lib.page() },
  })
end)
