package fr.coopex.ecosystems;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.coopex.companies.CompanyCard;
import fr.coopex.companies.CompanyManagement;
import fr.coopex.ecosystems.GovernanceViews.CompanyAnswer;
import fr.coopex.ecosystems.GovernanceViews.Meeting;
import fr.coopex.shared.security.CoopexUser;

/**
 * Meetings as insiders see them, with their answers counted per company: a company counts
 * by the best answer one of its people gave (yes, then maybe, then no).
 */
@Component
class MeetingReads {

	private final Meetings meetings;

	private final CompanyManagement companies;

	private final Clock clock;

	MeetingReads(Meetings meetings, CompanyManagement companies, Clock clock) {
		this.meetings = meetings;
		this.companies = companies;
		this.clock = clock;
	}

	/** The latest meetings, without the answers' company names. */
	List<Meeting> latest(CoopexUser viewer, long ecosystemId, int limit) {
		List<Meetings.Row> rows = this.meetings.of(ecosystemId, limit);
		Map<Long, List<Meetings.Answer>> answers = answers(ecosystemId);
		return rows.stream().map((row) -> view(viewer, row, answers.getOrDefault(row.id(), List.of()), false)).toList();
	}

	/** One meeting, with each company's answer. */
	Meeting one(CoopexUser viewer, Meetings.Row row) {
		return view(viewer, row, answers(row.ecosystemId()).getOrDefault(row.id(), List.of()), true);
	}

	/** How many companies attend each meeting (answered yes), by meeting id. */
	Map<Long, Integer> attending(long ecosystemId) {
		Map<Long, Integer> attending = new HashMap<>();
		answers(ecosystemId).forEach((meetingId, list) -> attending.put(meetingId,
				(int) byCompany(list).values().stream().filter((a) -> a == MeetingAnswer.YES).count()));
		return attending;
	}

	private Map<Long, List<Meetings.Answer>> answers(long ecosystemId) {
		return this.meetings.answers(ecosystemId).stream().collect(Collectors.groupingBy(Meetings.Answer::meetingId));
	}

	private Meeting view(CoopexUser viewer, Meetings.Row row, List<Meetings.Answer> answers, boolean names) {
		Map<Long, MeetingAnswer> perCompany = byCompany(answers);
		Map<MeetingAnswer, Integer> counts = new EnumMap<>(MeetingAnswer.class);
		perCompany.values().forEach((a) -> counts.merge(a, 1, Integer::sum));
		MeetingAnswer own = (viewer == null) ? null
				: answers.stream()
					.filter((a) -> a.userId() == viewer.id())
					.map(Meetings.Answer::answer)
					.findFirst()
					.orElse(null);
		List<CompanyAnswer> companyAnswers = names ? named(perCompany) : List.of();
		Instant now = this.clock.instant();
		return new Meeting(row.id(), row.title(), row.startsAt(), row.endsAt(), row.place(), row.videoLink(),
				row.agenda(), !row.startsAt().isAfter(now), row.minutesText(), row.minutesFile(), own,
				counts.getOrDefault(MeetingAnswer.YES, 0), counts.getOrDefault(MeetingAnswer.MAYBE, 0),
				counts.getOrDefault(MeetingAnswer.NO, 0), companyAnswers);
	}

	private List<CompanyAnswer> named(Map<Long, MeetingAnswer> perCompany) {
		Map<Long, CompanyCard> cards = this.companies.cardsAtEcosystemLevel(perCompany.keySet());
		return perCompany.entrySet()
			.stream()
			.filter((e) -> cards.containsKey(e.getKey()))
			.map((e) -> new CompanyAnswer(cards.get(e.getKey()).displayName(), e.getValue()))
			.sorted(java.util.Comparator.comparing(CompanyAnswer::company))
			.toList();
	}

	/** Each company's best answer: yes before maybe before no. */
	static Map<Long, MeetingAnswer> byCompany(Collection<Meetings.Answer> answers) {
		Map<Long, MeetingAnswer> best = new HashMap<>();
		for (Meetings.Answer answer : answers) {
			best.merge(answer.companyId(), answer.answer(), (a, b) -> (a.ordinal() <= b.ordinal()) ? a : b);
		}
		return best;
	}

}
