package fr.coopex.missions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.security.Role;

interface Leads extends JpaRepository<Lead, Long> {

	/** A company's own leads on a mission. */
	List<Lead> findByMissionIdAndCompanyIdOrderByUpdatedAtDescIdDesc(long missionId, long companyId);

	/** The leads other companies shared with this one on a mission. */
	@Query("""
			select l from Lead l join l.sharedWith s
			where l.missionId = :missionId and s = :companyId and l.companyId <> :companyId
			order by l.updatedAt desc, l.id desc
			""")
	List<Lead> sharedWith(long missionId, long companyId);

	/** A company's own lead; another company's answers as if it did not exist. */
	default Lead own(CoopexUser member, long missionId, long leadId) {
		return findById(leadId)
			.filter((l) -> l.getMissionId() == missionId && member.role() == Role.MEMBER
					&& l.getCompanyId() == member.organisationId())
			.orElseThrow(MissionNotFoundException::new);
	}

}
