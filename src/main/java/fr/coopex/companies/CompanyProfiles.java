package fr.coopex.companies;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyProfiles extends JpaRepository<CompanyProfile, Long> {

	boolean existsBySiren(String siren);

}
