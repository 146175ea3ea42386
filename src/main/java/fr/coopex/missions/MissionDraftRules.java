package fr.coopex.missions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import fr.coopex.companies.Markets;
import fr.coopex.missions.MissionManagement.MissionDraft;
import fr.coopex.shared.config.ClockConfiguration;
import fr.coopex.shared.web.Text;

/** Checks a proposed mission: its fields, dates and budget; returns it cleaned. */
@Component
class MissionDraftRules {

	static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

	private final Markets markets;

	private final Clock clock;

	MissionDraftRules(Markets markets, Clock clock) {
		this.markets = markets;
		this.clock = clock;
	}

	MissionDraft validate(MissionDraft draft) {
		if (Text.clean(draft.title()) == null) {
			throw new MissionException("title", "NotBlank");
		}
		if (draft.kind() == null) {
			throw new MissionException("kind", "NotNull");
		}
		if (!this.markets.isValid(draft.market())) {
			throw new MissionException("market", "missions.form.market-unknown");
		}
		if (draft.startsOn() == null) {
			throw new MissionException("startsOn", "NotNull");
		}
		if (draft.endsOn() == null) {
			throw new MissionException("endsOn", "NotNull");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.PARIS));
		if (draft.startsOn().isBefore(today.minusYears(1)) || draft.startsOn().isAfter(today.plusYears(10))) {
			throw new MissionException("startsOn", "missions.form.date-out-of-range");
		}
		if (draft.endsOn().isBefore(draft.startsOn())) {
			throw new MissionException("endsOn", "missions.form.end-before-start");
		}
		BigDecimal budget = draft.budget();
		if (budget == null) {
			throw new MissionException("budget", "NotNull");
		}
		if (budget.signum() < 0) {
			throw new MissionException("budget", "missions.form.budget-negative");
		}
		if (budget.stripTrailingZeros().scale() > 2) {
			throw new MissionException("budget", "missions.form.budget-cents");
		}
		if (budget.compareTo(MAX_BUDGET) > 0) {
			throw new MissionException("budget", "missions.form.budget-too-large");
		}
		return new MissionDraft(draft.title().strip(), draft.kind(), draft.market(), draft.startsOn(), draft.endsOn(),
				budget.setScale(2, RoundingMode.UNNECESSARY), Text.clean(draft.description()));
	}

}
