-- Varied workload: the ecosystem directory: one to three words of ecosystem names half
-- of the time, a target market or a sector a third of the time each, pages 1 to 5.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")

local words = { "mécatronique", "mecatronique", "robotique", "hydraulique", "capteurs", "usinage", "Chine",
  "amérique du nord", "Inde", "japon", "brésil", "écosystème", "12", "zz" }
local markets = { "CN", "US", "IN", "JP", "BR", "DE", "Z-EU" }
local sectors = { "26", "27", "28", "25" }

lib.run(function(r)
  return lib.url("/ecosystems", {
    { "q", lib.chance(0.5) and lib.words(words, 3) or nil },
    { "market", lib.chance(0.33) and lib.pick(markets) or nil },
    { "sector", lib.chance(0.33) and lib.pick(sectors) or nil },
    { "page", lib.page() },
  })
end)
