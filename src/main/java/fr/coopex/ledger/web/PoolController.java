package fr.coopex.ledger.web;

import java.util.List;
import java.util.Locale;

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

import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerStatements;
import fr.coopex.ledger.LedgerStatements.StatementFile;
import fr.coopex.ledger.PaymentDeclaration;
import fr.coopex.ledger.PoolPage;
import fr.coopex.ledger.PoolPages;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Versioned;

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

	private final Ledger ledger;

	private final LedgerStatements statements;

	private final PoolPages pages;

	PoolController(Ledger ledger, LedgerStatements statements, PoolPages pages) {
		this.ledger = ledger;
		this.statements = statements;
		this.pages = pages;
	}

	@GetMapping("/pools")
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("pools", this.ledger.mine(user));
		return VIEW_LIST;
	}

	/** The pool page, or 304 while the pool and what the viewer may see of it hold. */
	@GetMapping("/pools/{id:[0-9]+}")
	String pool(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		PoolPage page = this.pages.page(user, id);
		if (Versioned.page(request, response, model, page.pool().versionAsSeen())) {
			return null;
		}
		model.addAttribute("pool", page.pool());
		List<PaymentDeclaration> declared = page.declarations();
		model.addAttribute("declarations", declared);
		model.addAttribute("pendingByLine", PaymentDeclaration.pendingByLine(declared));
		return VIEW_POOL;
	}

	/** A statement (dated today), or 304 while it would be the same. */
	@GetMapping("/pools/{id:[0-9]+}/statement.{format:csv|pdf}")
	ResponseEntity<byte[]> statement(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable String format, @RequestParam(required = false) Long company, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		PoolView pool = this.ledger.pool(user, id);
		Long chosen = (company != null && pool.manager()) ? company : null;
		if (Versioned.download(request, response, pool.versionAsSeen(), chosen, this.statements.today())) {
			return null;
		}
		return versioned(this.statements.poolStatement(user, id, chosen, "pdf".equals(format), locale));
	}

	/** The whole pool (dated today), or 304 while it would be the same. */
	@GetMapping("/pools/{id:[0-9]+}/export.{format:csv|pdf}")
	ResponseEntity<byte[]> wholePool(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@PathVariable String format, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		PoolView pool = this.ledger.pool(user, id);
		if (pool.manager() && Versioned.download(request, response, pool.versionAsSeen(), this.statements.today())) {
			return null;
		}
		return versioned(this.statements.wholePool(user, id, "pdf".equals(format), locale));
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

	/** A file the browser keeps no copy of. */
	private static ResponseEntity<byte[]> download(StatementFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file.content());
	}

	/** A file with its ETag: the browser keeps its own copy and asks again each time. */
	private static ResponseEntity<byte[]> versioned(StatementFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file))
			.body(file.content());
	}

	private static String attachment(StatementFile file) {
		return ContentDisposition.attachment().filename(file.fileName()).build().toString();
	}

}
