-- Varied workload: the open-data API's search, anonymous: the same draws as the search
-- page, but a page beyond the last is an error there (400), so pages 2 to 5 only come with a
-- single word found in hundreds of aids and no filter.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")
local v = dofile("bench/varied/aids-vocabulary.lua")
local regions, words, kinds, pays_for = v.regions, v.words, v.kinds, v.pays_for

-- Words each found in hundreds of the bench's aids (more than five pages of 20), for pages 2 to 5.
local broad = { "salons", "prospection", "export", "international", "mission", "étranger", "assurance", "recrutement" }

lib.run(function(r)
  local filtered = lib.chance(0.5)
  local page = (not filtered) and lib.page() or 1
  local q
  if page > 1 then
    q = lib.pick(broad)
  elseif lib.chance(0.8) then
    q = lib.words(words, 3)
  end
  return lib.url("/api/aids", {
    { "q", q },
    { "kind", filtered and lib.chance(0.5) and lib.pick(kinds) or nil },
    { "paysFor", filtered and lib.chance(0.5) and lib.pick(pays_for) or nil },
    { "region", filtered and lib.chance(0.5) and lib.pick(regions) or nil },
    { "page", page > 1 and page or nil },
  })
end)
