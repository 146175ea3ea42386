package fr.coopex.ecosystems;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Ecosystems extends JpaRepository<Ecosystem, Long> {

	@Query("select e.id from Ecosystem e join e.coordinators c where c = :userId")
	List<Long> idsCoordinatedBy(long userId);

	@Query("select count(e) > 0 from Ecosystem e join e.coordinators c where e.id = :ecosystemId and c = :userId")
	boolean isCoordinatedBy(long ecosystemId, long userId);

}
