package fr.coopex.fairs;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * A page of the fair calendar. Its total is counted no further than a few pages ahead:
 * {@link #isMore()} says that more fairs follow than {@link #getTotalElements()}.
 */
public class CalendarPage extends PageImpl<FairView> {

	private final boolean more;

	CalendarPage(List<FairView> content, int pageIndex, long counted, boolean more) {
		super(content, PageRequest.of(pageIndex, FairCalendar.PAGE_SIZE), counted);
		this.more = more;
	}

	/** Whether more fairs match than the total counted. */
	public boolean isMore() {
		return this.more;
	}

}
