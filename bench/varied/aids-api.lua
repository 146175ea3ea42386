-- Varied workload: the open-data API's search, anonymous: the same draws as the search
-- page, but a page beyond the last is an error there (400), so pages 2 to 5 only come with a
-- single word found in hundreds of aids and no filter.
-- See bench/varied/lib.lua; bench/varied.txt says which role runs it.
local lib = dofile("bench/varied/lib.lua")
local regions = { "AUVERGNE_RHONE_ALPES", "BOURGOGNE_FRANCHE_COMTE", "BRETAGNE", "CENTRE_VAL_DE_LOIRE", "CORSE",
  "GRAND_EST", "HAUTS_DE_FRANCE", "ILE_DE_FRANCE", "NORMANDIE", "NOUVELLE_AQUITAINE", "OCCITANIE", "PAYS_DE_LA_LOIRE",
  "PROVENCE_ALPES_COTE_D_AZUR", "GUADELOUPE", "MARTINIQUE", "GUYANE", "LA_REUNION", "MAYOTTE" }
local words = { "salons", "salon", "prospection", "chèque export", "export", "prêt", "avance remboursable",
  "accompagnement", "international", "assurance", "impayés", "recrutement", "cadre export", "diagnostic", "mission",
  "V.I.E", "vie", "PME", "acheteurs", "marchés lointains", "fonds de roulement", "risque de change", "étranger",
  "Bretagne", "normandie", "île-de-france", "bpifrance", "zz" }
local kinds = { "GRANT", "LOAN", "REPAYABLE_ADVANCE", "INSURANCE_GUARANTEE", "TAX_CREDIT", "STAFFING", "ADVISORY",
  "COLLECTIVE_ACTION" }
local pays_for = { "TRADE_FAIRS", "PROSPECTION", "EXPORT_STAFF", "VIE", "MARKET_STUDIES", "EXPORT_ADVICE",
  "DIGITAL_MARKETING", "TRANSLATION", "PAYMENT_RISK", "FINANCING", "COLLECTIVE_ACTIONS", "CERTIFICATION" }

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
