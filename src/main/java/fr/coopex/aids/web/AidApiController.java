package fr.coopex.aids.web;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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

import fr.coopex.aids.AidCatalogue;
import fr.coopex.aids.AidNotFoundException;
import fr.coopex.aids.AidSearch;
import fr.coopex.aids.AidSearchResult;
import fr.coopex.aids.AidView;
import fr.coopex.shared.config.CoopexProperties;

/**
 * The public catalogue as open data: the published aids only (never a draft, never an
 * application), searched with the same filters as the page. Read-only, anonymous, with
 * ETags and CORS for GET.
 */
@RestController
@RequestMapping(path = "/api/aids", produces = "application/json")
@Tag(name = "Aids", description = "The catalogue of public export aids published on Coopex")
class AidApiController {

	static final int MAX_SIZE = 100;

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private final AidCatalogue catalogue;

	private final String baseUrl;

	AidApiController(AidCatalogue catalogue, CoopexProperties properties) {
		this.catalogue = catalogue;
		this.baseUrl = properties.baseUrl();
	}

	@GetMapping
	@Operation(summary = "Search the published aids",
			description = "Words are matched on the name, description, what the aid pays for and its operators, "
					+ "whatever the case and accents, with French word forms. Filters combine with AND.")
	@ApiResponse(responseCode = "200", description = "A page of aids")
	@ApiResponse(responseCode = "400", description = "A parameter is not understood; the detail says which",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ApiPage> search(
			@Parameter(description = "Words to find (at most 200 characters)") @RequestParam(required = false) String q,
			@Parameter(description = "An operator's name, e.g. Bpifrance") @RequestParam(
					required = false) String operator,
			@Parameter(description = "Kind of aid, e.g. GRANT") @RequestParam(required = false) String kind,
			@Parameter(description = "What the aid pays for, e.g. TRADE_FAIRS") @RequestParam(
					required = false) String paysFor,
			@Parameter(description = "A region (e.g. BRETAGNE) or NATIONAL") @RequestParam(
					required = false) String region,
			@Parameter(description = "OPEN, CLOSED or HISTORICAL") @RequestParam(required = false) String status,
			@Parameter(description = "true: deadline within 30 days") @RequestParam(required = false) String soon,
			@Parameter(description = "RELEVANCE (default), DEADLINE or NAME") @RequestParam(
					required = false) String sort,
			@Parameter(description = "Page number, from 1") @RequestParam(required = false) String page, @Parameter(
					description = "Aids per page, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
		int pageSize = pageSize(size);
		SearchParams params = SearchParams.read(q, operator, kind, paysFor, region, status, soon, null, sort, page,
				pageSize, this.catalogue.operatorNames());
		if (!params.problems.isEmpty()) {
			throw new ApiBadRequest(String.join("; ", params.problems));
		}
		AidSearchResult result = this.catalogue.search(params.search, null);
		if (result.pageOutOfRange() && params.search.page() > 0) {
			throw new ApiBadRequest("page: beyond the last page (" + result.pageCount() + ")");
		}
		List<ApiAid> items = result.hits().stream().map((hit) -> api(hit.aid())).toList();
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.body(new ApiPage(items, result.page() + 1, pageSize, result.total(), result.pageCount()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published aid")
	@ApiResponse(responseCode = "200", description = "The aid")
	@ApiResponse(responseCode = "404", description = "No published aid has this id",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ApiAid> aid(@PathVariable String id) {
		long number;
		try {
			number = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new ApiBadRequest("id: not a number");
		}
		AidView aid = this.catalogue.published(number).orElseThrow(AidNotFoundException::new);
		return ResponseEntity.ok().cacheControl(CACHE).body(api(aid));
	}

	@ExceptionHandler(ApiBadRequest.class)
	ResponseEntity<ProblemDetail> badRequest(ApiBadRequest ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(AidNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published aid has this id");
		problem.setTitle("Not found");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	private ApiAid api(AidView aid) {
		return new ApiAid(aid.id(), this.baseUrl + "/aids/" + aid.id(), aid.publishedAt(), aid.updatedAt(), aid.data());
	}

	private static int pageSize(String size) {
		if (size == null || size.isBlank()) {
			return AidSearch.PAGE_SIZE;
		}
		try {
			int value = Integer.parseInt(size.strip());
			if (value >= 1 && value <= MAX_SIZE) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// told below
		}
		throw new ApiBadRequest("size: a number from 1 to " + MAX_SIZE);
	}

}
