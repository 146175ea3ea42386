-- A person of a member firm coordinates an ecosystem only while the firm is an active member
-- of it: leaving ends coordination at once (EcosystemManagement.leave). Rights kept by people
-- whose firm left before this rule are ended here. (Reads user_account, of the accounts
-- module, once, to tell the people of firms from those of coordination bodies.)
DELETE FROM ecosystem_coordinator
WHERE user_id IN (SELECT u.id FROM user_account u WHERE u.role = 'MEMBER')
  AND NOT EXISTS (SELECT 1
                  FROM user_account u
                  JOIN ecosystem_membership m ON m.company_id = u.organisation_id
                  WHERE u.id = ecosystem_coordinator.user_id
                    AND m.ecosystem_id = ecosystem_coordinator.ecosystem_id
                    AND m.status = 'ACTIVE');
