package fr.coopex.accounts.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.shared.web.Paging;

/**
 * The admin's list of accounts: who has one, in which organisation, with which role.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

	private static final String VIEW_LIST = "accounts/admin-list";

	private final AccountManagement accounts;

	AdminAccountsController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		var results = this.accounts.search(query, PageRequest.of(Paging.index(page), Paging.SIZE, Sort.by("email")));
		model.addAttribute("q", query);
		model.addAttribute("accounts", results);
		return VIEW_LIST;
	}

}
