package fr.coopex.fairs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

import fr.coopex.fairs.Stand.BookingRequest;
import fr.coopex.fairs.StandManagement.StandDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The booking rules of a stand, without Spring nor a database: area left, deadline, who
 * may book, and what a withdrawal owes.
 */
class StandRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

	private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 1);

	private static final LocalDate FAIR_ENDS = LocalDate.of(2027, 4, 16);

	private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

	private Stand stand;

	@BeforeEach
	void aStandOfThirtySixSquareMetresFromSixEach() {
		this.stand = new Stand(1, 2, 3, NOW);
		this.stand.describe(draft("36", "6", DEADLINE), FAIR_ENDS, TODAY, BigDecimal.ZERO, NOW);
		ReflectionTestUtils.setField(this.stand, "id", 7L);
	}

	@Test
	void aMemberCompanyBooksBetweenTheMinimumAndTheAreaLeft() {
		StandBooking booking = this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, TODAY, NOW);
		assertThat(booking.getStandId()).isEqualTo(7L);
		assertThat(booking.getArea()).isEqualByComparingTo("12");
		assertThat(booking.getStatus()).isEqualTo(BookingStatus.BOOKED);
		assertRefused(() -> this.stand.book(request(11, "5.99", null), null, BigDecimal.ZERO, TODAY, NOW),
				"fairs.booking.below-minimum");
		assertRefused(() -> this.stand.book(request(11, "24.01", null), null, new BigDecimal("12"), TODAY, NOW),
				"fairs.booking.more-than-left");
		assertThat(this.stand.book(request(11, "24", null), null, new BigDecimal("12"), TODAY, NOW).getArea())
			.isEqualByComparingTo("24");
	}

	@Test
	void aChangeCountsTheCompanysOwnAreaAsLeft() {
		StandBooking booking = this.stand.book(request(10, "30", null), null, BigDecimal.ZERO, TODAY, NOW);
		this.stand.book(request(10, "36", 0L), booking, new BigDecimal("30"), TODAY, NOW);
		assertThat(booking.getArea()).isEqualByComparingTo("36");
	}

	@Test
	void onlyAnActiveMemberCompanyBooks() {
		BookingRequest notMember = new BookingRequest(10, 20, false, new BigDecimal("12"), null);
		assertThatThrownBy(() -> this.stand.book(notMember, null, BigDecimal.ZERO, TODAY, NOW))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void nobodyBooksAfterTheDeadlineNorOnAStandNotOpen() {
		assertRefused(() -> this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, DEADLINE.plusDays(1), NOW),
				"fairs.booking.after-deadline");
		assertThat(this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, DEADLINE, NOW)).isNotNull();
		this.stand.changeStatus(0, StandStatus.CLOSED, false, NOW);
		assertRefused(() -> this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, TODAY, NOW),
				"fairs.booking.not-open");
	}

	@Test
	void aBookingChangedMeanwhileIsNotOverwritten() {
		StandBooking booking = this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, TODAY, NOW);
		assertRefused(() -> this.stand.book(request(10, "12", null), booking, new BigDecimal("12"), TODAY, NOW),
				"fairs.booking.changed-meanwhile");
		assertRefused(() -> this.stand.book(request(10, "12", 3L), booking, new BigDecimal("12"), TODAY, NOW),
				"fairs.booking.changed-meanwhile");
	}

	@Test
	void areasArePositiveWithTwoDecimalsAtMostAndNotAHall() {
		assertRefused(() -> Stand.area(new BigDecimal("0"), "area"), "fairs.area.positive");
		assertRefused(() -> Stand.area(new BigDecimal("1.125"), "area"), "fairs.area.two-decimals");
		assertRefused(() -> Stand.area(new BigDecimal("100000"), "area"), "fairs.area.too-large");
		assertThat(Stand.area(new BigDecimal("12.5"), "area")).isEqualByComparingTo("12.50");
	}

	@Test
	void aWithdrawalOwesNothingBeforeTheDeadlineAndItsShareAfter() {
		StandBooking early = this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, TODAY, NOW);
		assertThat(this.stand.withdraw(true, early, 0, TODAY, NOW)).isFalse();
		assertThat(early.getStatus()).isEqualTo(BookingStatus.CANCELLED);
		StandBooking late = this.stand.book(request(11, "12", null), null, BigDecimal.ZERO, TODAY, NOW);
		assertThat(this.stand.withdraw(true, late, 0, DEADLINE.plusDays(1), NOW)).isTrue();
		assertThat(late.getStatus()).isEqualTo(BookingStatus.CANCELLED_OWING);
	}

	@Test
	void onlyAMemberWithdrawsItsOwnCurrentBooking() {
		StandBooking booking = this.stand.book(request(10, "12", null), null, BigDecimal.ZERO, TODAY, NOW);
		assertThatThrownBy(() -> this.stand.withdraw(false, booking, 0, TODAY, NOW))
			.isInstanceOf(AccessDeniedException.class);
		assertRefused(() -> this.stand.withdraw(true, null, 0, TODAY, NOW), "fairs.booking.none");
		assertRefused(() -> this.stand.withdraw(true, booking, 5, TODAY, NOW), "fairs.booking.changed-meanwhile");
		this.stand.changeStatus(0, StandStatus.CANCELLED, false, NOW);
		assertRefused(() -> this.stand.withdraw(true, booking, 0, TODAY, NOW), "fairs.stand.finished");
	}

	@Test
	void aStandIsConfirmedOnlyWithACompanyBooked() {
		this.stand.changeStatus(0, StandStatus.CLOSED, false, NOW);
		assertRefused(() -> this.stand.changeStatus(0, StandStatus.CONFIRMED, false, NOW), "fairs.stand.confirm-empty");
		assertRefused(() -> this.stand.changeStatus(0, StandStatus.SETTLED, true, NOW),
				"fairs.stand.status.invalid-transition");
		this.stand.changeStatus(0, StandStatus.CONFIRMED, true, NOW);
		assertThat(this.stand.getStatus()).isEqualTo(StandStatus.CONFIRMED);
		assertRefused(
				() -> this.stand.redescribe(0, draft("40", "6", DEADLINE), FAIR_ENDS, TODAY, BigDecimal.ZERO, NOW),
				"fairs.stand.not-editable");
	}

	@Test
	void theStandIsNeverSmallerThanWhatIsBookedNorItsDeadlineAfterTheFair() {
		assertRefused(
				() -> this.stand.redescribe(0, draft("20", "6", DEADLINE), FAIR_ENDS, TODAY, new BigDecimal("24"), NOW),
				"fairs.stand.area-below-booked");
		assertRefused(() -> this.stand.redescribe(0, draft("36", "6", FAIR_ENDS.plusDays(1)), FAIR_ENDS, TODAY,
				BigDecimal.ZERO, NOW), "fairs.stand.deadline-after-fair");
		assertRefused(
				() -> this.stand.redescribe(0, draft("36", "40", DEADLINE), FAIR_ENDS, TODAY, BigDecimal.ZERO, NOW),
				"fairs.stand.min-above-total");
		// a deadline already past may stay as it is
		this.stand.redescribe(0, draft("40", "6", DEADLINE), FAIR_ENDS, DEADLINE.plusDays(3), BigDecimal.ZERO, NOW);
		assertThat(this.stand.getTotalArea()).isEqualByComparingTo("40");
	}

	private static BookingRequest request(long companyId, String area, Long expectedVersion) {
		return new BookingRequest(companyId, 20, true, new BigDecimal(area), expectedVersion);
	}

	private static StandDraft draft(String total, String min, LocalDate deadline) {
		return new StandDraft(new BigDecimal(total), new BigDecimal(min), deadline, null);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(FairException.class)
			.satisfies((ex) -> assertThat(((FairException) ex).messageKey()).isEqualTo(messageKey));
	}

}
