-- Corrections of the seeded catalogue (V11) against shared/data/export-aids.md: facts that
-- went beyond the reference or contradicted it.

-- What a rate is a share of, when it is not the costs the aid pays for; and whether the
-- sources say the amounts were not re-verified.
ALTER TABLE aid ADD COLUMN rate_basis VARCHAR(300);
ALTER TABLE aid ADD COLUMN amount_unverified BOOLEAN DEFAULT FALSE NOT NULL;

-- CAP Export (2005): SMEs were the plan's target, not a criterion that excluded larger firms.
UPDATE aid SET max_size = NULL,
       other_conditions = 'Cible du plan : les PME (une cible, pas un critère d’exclusion)
Pays cibles : Chine, Inde, Russie, États-Unis, Japon, et Allemagne'
 WHERE id = 1;

-- INNOVEX: the reference reports the per-trip amounts as not re-verified.
UPDATE aid SET amount_unverified = TRUE WHERE id = 4;

-- Label France: Ubifrance shown with the name of its successor, as the reference says.
DELETE FROM aid_operator WHERE aid_id = 5 AND position = 1;
UPDATE aid_operator SET position = 1 WHERE aid_id = 5 AND position = 2;
UPDATE aid_operator SET name = 'Business France (anciennement Ubifrance)',
       role = 'Financeur et gestionnaire du label, après Ubifrance ; organise aussi des Pavillons France'
 WHERE aid_id = 5 AND position = 0;

-- Garanties des cautions et des préfinancements: shares of the bond and of the credit.
UPDATE aid SET rate_basis = 'de la caution' WHERE id = 15;
UPDATE aid SET rate_basis = 'du crédit (80 % si le chiffre d’affaires ne dépasse pas 150 M€, 50 % au-delà)'
 WHERE id = 16;

-- Aide salons et foires: a firm must not have exhibited at the event's previous edition (not
-- "for the first time"); the reference gives no opening date (16 March 2022 is the decree's).
UPDATE aid SET opens_on = NULL,
       description = 'Aide de l’État aux PME exposant à l’un des principaux salons et foires français entre mars 2022 et juin 2023, sans y avoir exposé à l’édition précédente.'
 WHERE id = 20;

-- Be Est Export: the diagnostic is funded in full, the first action-plan expenses at half.
UPDATE aid SET rate_basis = '(100 % du diagnostic, 50 % des premières dépenses du plan d’action)' WHERE id = 21;

-- Recrutement cadre export AURA: what it pays for is the salary; its amount is not specified.
UPDATE aid SET description = 'Aide de la Région Auvergne-Rhône-Alpes au recrutement d’un cadre export, sur son salaire de la première année ; montant non précisé.',
       amount_details = NULL, amount_min = NULL, amount_max = NULL, rate_min = NULL, rate_max = NULL
 WHERE id = 25;

UPDATE aid_catalogue_revision SET revision = revision + 1 WHERE id = 1;
