package fr.coopex.shared.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered parts are reused per key, and never served once their region changed.
 */
class RenderedFragmentsTests {

	private final RenderedFragments fragments = new RenderedFragments();

	private final AtomicInteger renders = new AtomicInteger();

	@Test
	void aPartIsRenderedOncePerKeyAndRegion() {
		assertThat(this.fragments.html("fairs", "page 1", () -> render("one"))).isEqualTo("one#1");
		assertThat(this.fragments.html("fairs", "page 1", () -> render("one"))).isEqualTo("one#1");
		assertThat(this.fragments.html("fairs", "page 2", () -> render("two"))).isEqualTo("two#2");
		assertThat(this.fragments.html("aids", "page 1", () -> render("aid"))).isEqualTo("aid#3");
		assertThat(this.renders).hasValue(3);
	}

	@Test
	void aChangeToTheRegionRendersItsPartsAgainAndOnlyThem() {
		this.fragments.html("fairs", "page 1", () -> render("fair"));
		this.fragments.html("aids", "page 1", () -> render("aid"));
		this.fragments.invalidate("fairs");
		assertThat(this.fragments.html("fairs", "page 1", () -> render("fair"))).isEqualTo("fair#3");
		assertThat(this.fragments.html("aids", "page 1", () -> render("aid"))).isEqualTo("aid#2");
	}

	@Test
	void aPartRenderedWhileItsRegionChangedIsNotKept() {
		// the data changes (and commits) while a request is rendering the old data
		String old = this.fragments.html("fairs", "page 1", () -> {
			this.fragments.invalidate("fairs");
			return render("old");
		});
		assertThat(old).isEqualTo("old#1");
		assertThat(this.fragments.html("fairs", "page 1", () -> render("new"))).isEqualTo("new#2");
	}

	private String render(String text) {
		return text + "#" + this.renders.incrementAndGet();
	}

}
