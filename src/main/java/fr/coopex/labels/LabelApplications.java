package fr.coopex.labels;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LabelApplications extends JpaRepository<LabelApplication, Long> {

	List<LabelApplication> findByEcosystemIdOrderByIdDesc(long ecosystemId);

}
