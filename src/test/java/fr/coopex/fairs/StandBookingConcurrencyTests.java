package fr.coopex.fairs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many companies booking the same stand at the same moment, on PostgreSQL: the bookings
 * never add up to more than its area, each refused company is told why, and the database
 * holds exactly what the winners were told.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandBookingConcurrencyTests {

	static final int THREADS = 32;

	static final int ROUNDS = 4;

	@Autowired
	StandFixtures fixtures;

	@Autowired
	StandManagement stands;

	@Autowired
	JdbcTemplate jdbc;

	ExecutorService pool;

	StandFixtures.Ecosystem ecosystem;

	long fair;

	@BeforeAll
	void thirtyTwoCompaniesInOneEcosystem() {
		this.pool = Executors.newFixedThreadPool(THREADS);
		this.ecosystem = this.fixtures.ecosystem(THREADS);
		this.fair = this.fixtures.fair("Automate " + System.nanoTime());
	}

	@AfterAll
	void stopThreads() {
		this.pool.shutdownNow();
	}

	@Test
	void thirtyTwoCompaniesBookingAtOnceNeverExceedTheArea() throws Exception {
		// 32 × 3 m² asked for 50 m²: exactly 16 fit
		long stand = this.fixtures.stand(this.ecosystem, this.fair, "50", "1");
		List<Throwable> outcomes = race(this.ecosystem.members(),
				(member) -> this.stands.book(member, stand, new BigDecimal("3"), null));
		assertThat(outcomes).filteredOn(Objects::isNull).hasSize(16);
		assertRefusedFor(outcomes, "fairs.booking.more-than-left");
		assertThat(held(stand)).isEqualByComparingTo("48");
		assertThat(bookings(stand)).isEqualTo(16);
	}

	@Test
	void randomSharesRacingForTheLastSquareMetresStayWithinTheArea() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int round = 0; round < ROUNDS; round++) {
			long stand = this.fixtures.stand(this.ecosystem, this.fair, "36", "0.5");
			List<BigDecimal> asked = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				asked.add(BigDecimal.valueOf(50 + random.nextInt(400), 2));
			}
			List<CoopexUser> members = this.ecosystem.members();
			List<Throwable> outcomes = race(members,
					(member) -> this.stands.book(member, stand, asked.get(members.indexOf(member)), null));
			BigDecimal granted = BigDecimal.ZERO;
			for (int i = 0; i < THREADS; i++) {
				if (outcomes.get(i) == null) {
					granted = granted.add(asked.get(i));
				}
			}
			assertThat(held(stand)).as("seed " + seed).isEqualByComparingTo(granted);
			assertThat(held(stand)).as("seed " + seed).isLessThanOrEqualTo(new BigDecimal("36"));
			assertRefusedFor(outcomes, "fairs.booking.more-than-left");
		}
	}

	@Test
	void changesAndNewBookingsAtOnceNeverExceedTheArea() throws Exception {
		long stand = this.fixtures.stand(this.ecosystem, this.fair, "40", "1");
		List<CoopexUser> first = this.ecosystem.members().subList(0, 8);
		for (CoopexUser member : first) {
			this.stands.book(member, stand, new BigDecimal("4"), null);
		}
		// the first eight double their share while the others book 2 m² each
		List<Throwable> outcomes = race(this.ecosystem.members(), (member) -> {
			if (first.contains(member)) {
				this.stands.book(member, stand, new BigDecimal("8"), version(stand, member));
			}
			else {
				this.stands.book(member, stand, new BigDecimal("2"), null);
			}
		});
		assertThat(held(stand)).isLessThanOrEqualTo(new BigDecimal("40"));
		assertRefusedFor(outcomes, "fairs.booking.more-than-left");
		BigDecimal expected = BigDecimal.ZERO;
		List<CoopexUser> members = this.ecosystem.members();
		for (int i = 0; i < THREADS; i++) {
			boolean won = outcomes.get(i) == null;
			if (first.contains(members.get(i))) {
				expected = expected.add(new BigDecimal(won ? "8" : "4"));
			}
			else if (won) {
				expected = expected.add(new BigDecimal("2"));
			}
		}
		assertThat(held(stand)).isEqualByComparingTo(expected);
	}

	@Test
	void oneCompanyBookingTwiceAtOnceMakesOneBooking() throws Exception {
		long stand = this.fixtures.stand(this.ecosystem, this.fair, "40", "1");
		CoopexUser member = this.ecosystem.members().get(0);
		List<Throwable> outcomes = race(List.of(member, member),
				(who) -> this.stands.book(who, stand, new BigDecimal("5"), null));
		assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
		assertRefusedFor(outcomes, "fairs.booking.changed-meanwhile");
		assertThat(bookings(stand)).isEqualTo(1);
		assertThat(held(stand)).isEqualByComparingTo("5");
	}

	// --- helpers

	interface Booking {

		void run(CoopexUser member) throws Exception;

	}

	/** Runs one booking per member at the same moment; a null outcome is a success. */
	private List<Throwable> race(List<CoopexUser> members, Booking booking) throws Exception {
		CyclicBarrier start = new CyclicBarrier(members.size());
		List<Future<Throwable>> futures = new ArrayList<>();
		for (CoopexUser member : members) {
			futures.add(this.pool.submit(() -> {
				try {
					start.await(30, TimeUnit.SECONDS);
					booking.run(member);
					return null;
				}
				catch (Throwable ex) {
					return ex;
				}
			}));
		}
		List<Throwable> outcomes = new ArrayList<>();
		for (Future<Throwable> future : futures) {
			outcomes.add(future.get(120, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	private static void assertRefusedFor(List<Throwable> outcomes, String messageKey) {
		assertThat(outcomes).filteredOn(Objects::nonNull)
			.allSatisfy((failure) -> assertThat(failure).isInstanceOfSatisfying(FairException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey)));
	}

	private BigDecimal held(long stand) {
		return this.jdbc.queryForObject("select coalesce(sum(area), 0) from stand_booking where stand_id = ? "
				+ "and status in ('BOOKED', 'CANCELLED_OWING')", BigDecimal.class, stand);
	}

	private int bookings(long stand) {
		return this.jdbc.queryForObject("select count(*) from stand_booking where stand_id = ?", Integer.class, stand);
	}

	private Long version(long stand, CoopexUser member) {
		return this.jdbc.queryForObject("select version from stand_booking where stand_id = ? and company_id = ?",
				Long.class, stand, member.organisationId());
	}

}
