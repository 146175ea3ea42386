package fr.coopex.ledger.web;

import java.util.Locale;

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
import fr.coopex.shared.security.CoopexUser;

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

	PoolController(Ledger ledger, LedgerStatements statements) {
		this.ledger = ledger;
		this.statements = statements;
	}

	@GetMapping("/pools")
	String list(@AuthenticationPrincipal CoopexUser user, Model model) {
		model.addAttribute("pools", this.ledger.mine(user));
		return VIEW_LIST;
	}

	@GetMapping("/pools/{id:[0-9]+}")
	String pool(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		model.addAttribute("pool", this.ledger.pool(user, id));
		return VIEW_POOL;
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
