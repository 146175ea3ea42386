package fr.coopex.fairs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Stands extends JpaRepository<Stand, Long> {

	/**
	 * The stand, its row locked until the end of the transaction (SELECT ... FOR UPDATE):
	 * bookings of one stand are made one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Stand s where s.id = :id")
	Optional<Stand> lockById(long id);

	List<Stand> findByEcosystemIdInOrderByBookingDeadlineDesc(Collection<Long> ecosystemIds);

	List<Stand> findByFairIdAndEcosystemIdIn(long fairId, Collection<Long> ecosystemIds);

}
