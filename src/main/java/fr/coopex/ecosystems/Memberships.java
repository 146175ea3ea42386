package fr.coopex.ecosystems;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Memberships extends JpaRepository<Membership, Long> {

	Optional<Membership> findByEcosystemIdAndCompanyId(Long ecosystemId, Long companyId);

	List<Membership> findByEcosystemIdAndStatusOrderByRequestedAt(Long ecosystemId, MembershipStatus status);

	List<Membership> findByCompanyIdAndStatusIn(Long companyId, List<MembershipStatus> statuses);

	long countByEcosystemIdAndStatus(Long ecosystemId, MembershipStatus status);

	boolean existsByEcosystemIdAndCompanyIdAndStatus(Long ecosystemId, Long companyId, MembershipStatus status);

	@Query("""
			select distinct other.companyId from Membership mine, Membership other, Ecosystem e
			where mine.companyId = :companyId and mine.status = fr.coopex.ecosystems.MembershipStatus.ACTIVE
			  and other.ecosystemId = mine.ecosystemId and other.status = fr.coopex.ecosystems.MembershipStatus.ACTIVE
			  and e.id = mine.ecosystemId and e.status <> fr.coopex.ecosystems.EcosystemStatus.DISSOLVED
			""")
	List<Long> companiesSharingAnEcosystemWith(long companyId);

	@Query("""
			select distinct m.companyId from Membership m, Ecosystem e join e.coordinators c
			where c = :userId and m.ecosystemId = e.id and m.status = fr.coopex.ecosystems.MembershipStatus.ACTIVE
			  and e.status <> fr.coopex.ecosystems.EcosystemStatus.DISSOLVED
			""")
	List<Long> companiesInEcosystemsCoordinatedBy(long userId);

	@Query("""
			select m.ecosystemId, count(m) from Membership m
			where m.ecosystemId in :ids and m.status = fr.coopex.ecosystems.MembershipStatus.ACTIVE
			group by m.ecosystemId
			""")
	List<Object[]> countActive(java.util.Collection<Long> ids);

}
