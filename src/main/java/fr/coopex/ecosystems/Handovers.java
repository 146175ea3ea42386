package fr.coopex.ecosystems;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Handovers extends JpaRepository<Handover, Long> {

	Optional<Handover> findByPendingEcosystemId(Long ecosystemId);

	List<Handover> findByOrganisationIdAndStatus(Long organisationId, HandoverStatus status);

}
