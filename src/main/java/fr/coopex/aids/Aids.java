package fr.coopex.aids;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Aids extends JpaRepository<Aid, Long> {

	List<Aid> findByPublication(Publication publication);

	List<Aid> findByAgencyIdOrderByIdAsc(Long agencyId);

}
