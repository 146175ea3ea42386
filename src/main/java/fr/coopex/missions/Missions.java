package fr.coopex.missions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Missions extends JpaRepository<Mission, Long> {

	/** The mission, its row locked: opting in and closing do not cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from Mission m where m.id = :id")
	Optional<Mission> lockById(long id);

	List<Mission> findByEcosystemIdInOrderByStartsOnDesc(Collection<Long> ecosystemIds);

}
