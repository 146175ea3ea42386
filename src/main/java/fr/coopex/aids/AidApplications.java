package fr.coopex.aids;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AidApplications extends JpaRepository<AidApplication, Long> {

	List<AidApplication> findByCompanyIdOrderByUpdatedAtDesc(long companyId);

	Optional<AidApplication> findByCompanyIdAndAidId(long companyId, long aidId);

}
