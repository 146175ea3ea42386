package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandBookings extends JpaRepository<StandBooking, Long> {

	Optional<StandBooking> findByStandIdAndCompanyId(long standId, long companyId);

	List<StandBooking> findByStandIdOrderByBookedAtAscIdAsc(long standId);

	/** The area held on a stand: booked, or cancelled but still owed. */
	@Query("""
			select coalesce(sum(b.area), 0) from StandBooking b where b.standId = :standId
			  and b.status in (fr.coopex.fairs.BookingStatus.BOOKED, fr.coopex.fairs.BookingStatus.CANCELLED_OWING)
			""")
	BigDecimal heldArea(long standId);

	@Query("""
			select b.standId, sum(b.area) from StandBooking b where b.standId in :standIds
			  and b.status in (fr.coopex.fairs.BookingStatus.BOOKED, fr.coopex.fairs.BookingStatus.CANCELLED_OWING)
			group by b.standId
			""")
	List<Object[]> heldAreas(Collection<Long> standIds);

}
