package fr.coopex.ledger.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.ledger.Ledger;
import fr.coopex.ledger.LedgerException;
import fr.coopex.ledger.PoolView;
import fr.coopex.shared.security.CoopexUser;

/**
 * What the pool console's controllers share: the pool for its managers only, the version
 * a form was built on, a stale form's refusal, and the way back to the console.
 */
final class ConsoleGuards {

	private ConsoleGuards() {
	}

	/** The pool, for its managers: 404 for those who may not see it, 403 for members. */
	static PoolView managed(Ledger ledger, CoopexUser user, long id) {
		PoolView pool = ledger.pool(user, id);
		if (!pool.manager()) {
			throw new AccessDeniedException("Not a manager of pool " + id);
		}
		return pool;
	}

	/** A cost item of the pool: 404 when the pool has none of that id. */
	static PoolView.Item item(PoolView pool, long itemId) {
		return pool.items()
			.stream()
			.filter((i) -> i.id() == itemId)
			.findFirst()
			.orElseThrow(Ledger.PoolNotFoundException::new);
	}

	/**
	 * The version a form was built on. The forms always carry the real version (zero or
	 * more); anything else, including the ledger's internal "any version" marker, is
	 * refused as stale, so that the double-post guard cannot be turned off from a
	 * request.
	 */
	static long seen(Long version) {
		if (version == null || version < 0) {
			throw new LedgerException(null, "ledger.stale");
		}
		return version;
	}

	/**
	 * Whether the refusal is of a stale form: then the console says so once redirected.
	 */
	static boolean isStale(LedgerException ex, RedirectAttributes flash) {
		if ("ledger.stale".equals(ex.messageKey())) {
			flash.addFlashAttribute("error", "ledger.stale");
			return true;
		}
		return false;
	}

	static String redirect(long id) {
		return "redirect:/console/pools/" + id;
	}

}
