package fr.coopex.audit;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Until the register is kept: nothing exchanged. */
@Component
class NoExchangeRegister implements ExchangeRegister {

	@Override
	public Map<String, Long> countsByKind(long ecosystemId, LocalDate from, LocalDate until) {
		return Map.of(NOTE, 0L, LEAD, 0L, ANNOUNCEMENT, 0L, "confirmed-warnings", 0L);
	}

}
