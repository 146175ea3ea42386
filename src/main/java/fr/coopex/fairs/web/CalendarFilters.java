package fr.coopex.fairs.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import fr.coopex.fairs.FairCalendar;
import fr.coopex.fairs.FairCalendar.Query;
import fr.coopex.shared.web.Text;

/**
 * The filters of the calendar as the URL gives them, checked: the same for the page and
 * its iCalendar export.
 */
@Component
class CalendarFilters {

	private final FairCalendar calendar;

	private final Choices choices;

	CalendarFilters(FairCalendar calendar, Choices choices) {
		this.calendar = calendar;
		this.choices = choices;
	}

	/** The filters, checked; what is not understood is left out. */
	record Filters(String q, String from, String to, String country, String sector) {

		/** Query parameters that keep the state, for links (pagination, export). */
		String queryString() {
			StringBuilder query = new StringBuilder();
			append(query, "q", this.q);
			append(query, "from", this.from);
			append(query, "to", this.to);
			append(query, "country", this.country);
			append(query, "sector", this.sector);
			return query.toString();
		}

		Query query() {
			return new Query(this.q, parse(this.from), parse(this.to), this.country, this.sector);
		}

		private static void append(StringBuilder query, String name, String value) {
			query.append(query.length() == 0 ? "?" : "&")
				.append(name)
				.append('=')
				.append(value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8));
		}

	}

	Filters of(String q, String from, String to, String country, String sector) {
		// without a start date, the calendar shows what is still to come
		String fromDate = from == null ? this.calendar.today().toString() : date(from);
		return new Filters(Text.cut(Text.clean(q), 100), fromDate, date(to), this.choices.country(country),
				this.choices.sector(sector));
	}

	/** An ISO date as typed, or null when it is not one. */
	private static String date(String text) {
		LocalDate date = parse(text);
		return date == null ? null : date.toString();
	}

	private static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return date.getYear() < 1900 || date.getYear() > 2200 ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
