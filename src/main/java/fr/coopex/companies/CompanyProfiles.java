package fr.coopex.companies;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyProfiles extends JpaRepository<CompanyProfile, Long> {

	boolean existsBySiren(String siren);

	/**
	 * These profiles with their visibilities and markets, read in one query (a cached
	 * profile's reload, which otherwise asks for each collection apart).
	 */
	@Query("select distinct p from CompanyProfile p left join fetch p.visibilities left join fetch p.markets"
			+ " where p.companyId in :ids")
	List<CompanyProfile> findWithCollections(Collection<Long> ids);

}
