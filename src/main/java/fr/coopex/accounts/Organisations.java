package fr.coopex.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Organisations extends JpaRepository<Organisation, Long> {

	boolean existsBySiren(String siren);

	Optional<Organisation> findFirstByKindAndName(OrganisationKind kind, String name);

}
