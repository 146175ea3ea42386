package fr.coopex.labels.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.coopex.labels.Indicator;
import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelRegistry;
import fr.coopex.labels.LabelRegistry.LabelDetail;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.shared.config.CoopexProperties;

/**
 * The registry as open data: every label (current first) with the same filters as the
 * page, and one label with the criteria it met and their frozen values. Read-only and
 * anonymous, with ETags and CORS for GET (the {@code /api/**} rules).
 */
@RestController
@RequestMapping(path = "/api/labels", produces = "application/json")
@Tag(name = "Labels", description = "The public registry of the ecosystems labelled by agencies on Coopex")
class LabelApiController {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private final LabelRegistry registry;

	private final String baseUrl;

	LabelApiController(LabelRegistry registry, CoopexProperties properties) {
		this.registry = registry;
		this.baseUrl = properties.baseUrl();
	}

	/**
	 * One label: its number, page, badge, ecosystem, scheme, agency, validity, status.
	 */
	record ApiLabel(String number, String url, String badge, long ecosystemId, String ecosystem, String scheme,
			int schemeVersion, String agency, List<String> regions, List<String> sectors, List<String> markets,
			LocalDate startsOn, LocalDate endsOn, String status) {
	}

	/**
	 * A criterion of a label's scheme and, for an indicator, its value frozen at
	 * submission.
	 */
	record ApiCriterion(String text, String kind, Indicator indicator, String comparison,
			java.math.BigDecimal threshold, java.math.BigDecimal value, Boolean met) {
	}

	record ApiLabelDetail(ApiLabel label, Instant evidenceComputedAt, List<ApiCriterion> criteria) {
	}

	@GetMapping
	@Operation(summary = "The labels granted, current ones first",
			description = "Filters combine with AND. Status is VALID, SUSPENDED, EXPIRED or WITHDRAWN.")
	@ApiResponse(responseCode = "200", description = "The labels")
	ResponseEntity<List<ApiLabel>> labels(
			@Parameter(description = "A region open to the scheme, e.g. GRAND_EST") @RequestParam(
					required = false) String region,
			@Parameter(description = "A NAF division of the ecosystem, e.g. 28") @RequestParam(
					required = false) String sector,
			@Parameter(description = "A target market of the ecosystem, e.g. DE") @RequestParam(
					required = false) String market,
			@Parameter(description = "An agency's id") @RequestParam(required = false) String agency, @Parameter(
					description = "A scheme's id (its first version)") @RequestParam(required = false) String scheme) {
		List<ApiLabel> labels = this.registry.search(RegistryController.filter(region, sector, market, agency, scheme))
			.stream()
			.map(this::api)
			.toList();
		return ResponseEntity.ok().cacheControl(CACHE).body(labels);
	}

	@GetMapping("/{number}")
	@Operation(summary = "One label, with the criteria met and their frozen values")
	@ApiResponse(responseCode = "200", description = "The label")
	@ApiResponse(responseCode = "404", description = "No label has this number")
	ResponseEntity<ApiLabelDetail> label(@PathVariable String number) {
		LabelDetail detail = this.registry.detail(number).orElseThrow(LabelException.NotFound::new);
		List<ApiCriterion> criteria = detail.criteria()
			.stream()
			.map((m) -> new ApiCriterion(m.criterion().textFr(), m.criterion().kind().name(), m.criterion().indicator(),
					m.criterion().comparison() == null ? null : m.criterion().comparison().name(),
					m.criterion().threshold(), m.value(),
					m.criterion().indicator() == null ? null
							: m.criterion().comparison().holds(m.value(), m.criterion().threshold())))
			.toList();
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.body(new ApiLabelDetail(api(detail.entry()), detail.evidenceAt(), criteria));
	}

	@ExceptionHandler(LabelException.NotFound.class)
	ResponseEntity<ProblemDetail> notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No label has this number");
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private ApiLabel api(LabelEntry e) {
		String url = this.baseUrl + "/labels/" + e.number();
		return new ApiLabel(e.number(), url, url + "/badge.svg", e.ecosystemId(), e.ecosystemName(),
				e.schemeName(Locale.FRENCH), e.schemeVersion(), e.agencyName(), e.regions(), List.copyOf(e.sectors()),
				List.copyOf(e.markets()), e.startsOn(), e.endsOn(), e.status().name());
	}

}
