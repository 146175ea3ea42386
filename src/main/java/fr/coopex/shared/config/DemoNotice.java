package fr.coopex.shared.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this run shows demo data ({@code coopex.demo.enabled}, on by default with the
 * embedded H2 database), so that every page says so discreetly, and which SIRENs are the
 * demo's fictitious ones, so that the companies' pages say it. The demo module names its
 * SIRENs through {@link FictitiousSirens}; the other modules only ask.
 */
@Component("demoNotice")
public class DemoNotice {

	/** SIRENs that the demo made up (valid keys, no real firm meant). */
	public interface FictitiousSirens {

		Set<String> sirens();

	}

	private final boolean demo;

	private final Set<String> fictitious;

	DemoNotice(CoopexProperties properties, Environment environment, List<FictitiousSirens> sources) {
		this.demo = properties.demo().enabledFor(environment.getProperty("spring.datasource.url"));
		Set<String> sirens = new HashSet<>();
		sources.forEach((source) -> sirens.addAll(source.sirens()));
		this.fictitious = Set.copyOf(sirens);
	}

	/** Whether the pages show demo data. */
	public boolean isDemo() {
		return this.demo;
	}

	/** Whether a SIREN is one the demo made up, in a run that shows demo data. */
	public boolean isFictitious(String siren) {
		return this.demo && siren != null && this.fictitious.contains(siren);
	}

}
