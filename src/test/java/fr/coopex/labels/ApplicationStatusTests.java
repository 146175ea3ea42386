package fr.coopex.labels;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static fr.coopex.labels.ApplicationStatus.DRAFT;
import static fr.coopex.labels.ApplicationStatus.EXPIRED;
import static fr.coopex.labels.ApplicationStatus.GRANTED;
import static fr.coopex.labels.ApplicationStatus.INFORMATION_REQUESTED;
import static fr.coopex.labels.ApplicationStatus.REFUSED;
import static fr.coopex.labels.ApplicationStatus.SUBMITTED;
import static fr.coopex.labels.ApplicationStatus.SUSPENDED;
import static fr.coopex.labels.ApplicationStatus.UNDER_REVIEW;
import static fr.coopex.labels.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state machine of applications and labels: every pair of statuses, the listed
 * changes allowed and every other one refused (by the entity, which is what every service
 * goes through).
 */
class ApplicationStatusTests {

	static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(DRAFT, Set.of(SUBMITTED), SUBMITTED,
			Set.of(UNDER_REVIEW), UNDER_REVIEW, Set.of(INFORMATION_REQUESTED, GRANTED, REFUSED), INFORMATION_REQUESTED,
			Set.of(SUBMITTED), GRANTED, Set.of(SUSPENDED, WITHDRAWN, EXPIRED), SUSPENDED,
			Set.of(GRANTED, WITHDRAWN, EXPIRED), REFUSED, Set.of(), WITHDRAWN, Set.of(), EXPIRED, Set.of());

	static Stream<Arguments> pairs() {
		return Stream.of(ApplicationStatus.values())
			.flatMap((from) -> Stream.of(ApplicationStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("pairs")
	void allowsOnlyTheListedChanges(ApplicationStatus from, ApplicationStatus to) throws Exception {
		LabelApplication application = in(from);
		if (ALLOWED.get(from).contains(to)) {
			application.moveTo(to, 1, java.time.Instant.EPOCH, null);
			assertThat(application.getStatus()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> application.moveTo(to, 1, java.time.Instant.EPOCH, null))
				.isInstanceOf(LabelException.class)
				.hasMessage("labels.transition.refused");
			assertThat(application.getStatus()).isEqualTo(from);
		}
	}

	private static LabelApplication in(ApplicationStatus status) throws Exception {
		LabelApplication application = new LabelApplication(1, 1, null, 1, java.time.Instant.EPOCH);
		java.lang.reflect.Field field = LabelApplication.class.getDeclaredField("status");
		field.setAccessible(true);
		field.set(application, status);
		return application;
	}

}
