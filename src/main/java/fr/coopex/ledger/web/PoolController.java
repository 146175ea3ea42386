package fr.coopex.ledger.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.ledger.AllocationKey;
import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerStatements;
import fr.coopex.ledger.LedgerStatements.StatementFile;
import fr.coopex.ledger.PoolView;
import fr.coopex.ledger.Split;
import fr.coopex.ledger.SplitInput;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.FragmentRenderer;
import fr.coopex.shared.web.RenderedFragments;

/**
 * What participants and coordinators read of the pools: the list of one's pools, a pool's
 * breakdown, shares, balances, transfers and cash calls, an ecosystem account, and the
 * statements to download. The service answers 404 to anyone else.
 */
@Controller
class PoolController {

	private static final String VIEW_LIST = "ledger/list";

	private static final String VIEW_POOL = "ledger/pool";

	private static final String VIEW_ECOSYSTEM = "ledger/ecosystem";

	private static final String SPLITS = "ledger.splits";

	private static final String POOLS = "ledger.pools";

	private final Ledger ledger;

	private final LedgerStatements statements;

	private final RenderedFragments fragments;

	private final FragmentRenderer renderer;

	PoolController(Ledger ledger, LedgerStatements statements, RenderedFragments fragments, FragmentRenderer renderer) {
		this.ledger = ledger;
		this.statements = statements;
		this.fragments = fragments;
		this.renderer = renderer;
	}

	/**
	 * What the rendered split depends on: its input (the same input always gives the same
	 * split), the pool's key, the viewer's company (its row is marked) and the language.
	 */
	/**
	 * What the body of a pool's page depends on: the pool as of its version (every change
	 * to a pool moves it on), what the viewer may see of it (manager or participant, and
	 * which company) and the language.
	 */
	private record PoolKey(long poolId, long version, Instant updatedAt, boolean manager, Long viewerCompanyId,
			Locale locale) {
	}

	private record SplitKey(SplitInput input, AllocationKey defaultKey, Long viewerCompanyId, Locale locale) {
	}

	@GetMapping("/pools")
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("pools", this.ledger.mine(user));
		return VIEW_LIST;
	}

	@GetMapping("/pools/{id:[0-9]+}")
	String pool(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		PoolView pool = this.ledger.pool(user, id);
		model.addAttribute("pool", pool);
		PoolKey poolKey = new PoolKey(pool.id(), pool.version(), pool.updatedAt(), pool.manager(),
				pool.viewerCompanyId(), locale);
		model.addAttribute("poolHtml", this.fragments.byValue(POOLS, poolKey, () -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("pool", pool);
			variables.put("splitHtml", splitHtml(pool, locale, request, response));
			return this.renderer.render("ledger/pool-body", "body", variables, locale, request, response);
		}));
		return VIEW_POOL;
	}

	private String splitHtml(PoolView pool, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Split split = pool.split();
		if (split == null) {
			return null;
		}
		SplitKey key = new SplitKey(split.input(), pool.defaultKey(), pool.viewerCompanyId(), locale);
		return this.fragments.byValue(SPLITS, key, () -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("split", split);
			variables.put("defaultKey", pool.defaultKey());
			variables.put("viewerCompanyId", pool.viewerCompanyId());
			return this.renderer.render("ledger/split", "split", variables, locale, request, response);
		});
	}

	@GetMapping("/pools/{id:[0-9]+}/statement.{format:csv|pdf}")
	ResponseEntity<byte[]> statement(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable String format, @RequestParam(required = false) Long company, Locale locale) {
		Long chosen = (company != null && this.ledger.manages(user, id)) ? company : null;
		return download(this.statements.poolStatement(user, id, chosen, "pdf".equals(format), locale));
	}

	@GetMapping("/pools/{id:[0-9]+}/export.{format:csv|pdf}")
	ResponseEntity<byte[]> wholePool(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable String format, Locale locale) {
		return download(this.statements.wholePool(user, id, "pdf".equals(format), locale));
	}

	@GetMapping("/ledger/ecosystems/{id:[0-9]+}")
	String ecosystem(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("account", this.ledger.ecosystemAccount(user, id, null));
		return VIEW_ECOSYSTEM;
	}

	@GetMapping("/ledger/ecosystems/{id:[0-9]+}/statement.{format:csv|pdf}")
	ResponseEntity<byte[]> ecosystemStatement(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable String format, @RequestParam(required = false) Long company, Locale locale) {
		return download(this.statements.ecosystemStatement(user, id, company, "pdf".equals(format), locale));
	}

	private static ResponseEntity<byte[]> download(StatementFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.content());
	}

}
