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

	/**
	 * The companies active in an ecosystem (not dissolved) where this company is active.
	 * Driven by the company's own memberships: each of its ecosystems' status is read by
	 * primary key, so the cost follows the number of its ecosystems and their members,
	 * not the size of the ecosystem table (a join let the planner hash that whole table).
	 */
	@Query(nativeQuery = true, value = """
			select distinct other.company_id from ecosystem_membership mine
			join ecosystem_membership other on other.ecosystem_id = mine.ecosystem_id and other.status = 'ACTIVE'
			where mine.company_id = :companyId and mine.status = 'ACTIVE'
			  and (select e.status from ecosystem e where e.id = mine.ecosystem_id) <> 'DISSOLVED'
			""")
	List<Long> companiesSharingAnEcosystemWith(long companyId);

	/**
	 * The companies active in the ecosystems (not dissolved) this person coordinates,
	 * driven by the person's coordinator rows as above.
	 */
	@Query(nativeQuery = true, value = """
			select distinct m.company_id from ecosystem_coordinator c
			join ecosystem_membership m on m.ecosystem_id = c.ecosystem_id and m.status = 'ACTIVE'
			where c.user_id = :userId
			  and (select e.status from ecosystem e where e.id = c.ecosystem_id) <> 'DISSOLVED'
			""")
	List<Long> companiesInEcosystemsCoordinatedBy(long userId);

	@Query("""
			select m.ecosystemId, count(m) from Membership m
			where m.ecosystemId in :ids and m.status = fr.coopex.ecosystems.MembershipStatus.ACTIVE
			group by m.ecosystemId
			""")
	List<Object[]> countActive(java.util.Collection<Long> ids);

}
