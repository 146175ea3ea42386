package fr.coopex.ecosystems;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ecosystems extends JpaRepository<Ecosystem, Long> {

	@Query("select e.id from Ecosystem e join e.coordinators c where c = :userId")
	List<Long> idsCoordinatedBy(long userId);

}
