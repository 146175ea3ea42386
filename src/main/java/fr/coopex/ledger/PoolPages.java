package fr.coopex.ledger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.coopex.shared.security.CoopexUser;

/**
 * A pool's page as one read: the pool as its viewer may see it ({@link Ledger#pool}) and
 * the payments declared on it ({@link PaymentDeclarations#ofPool}), in one transaction
 * and with one check of the viewer's access. Read apart, each read the pool and checked
 * the viewer again, in a transaction of its own.
 */
@Service
public class PoolPages {

	private final PoolReadModel reads;

	private final DeclarationReads declarations;

	PoolPages(PoolReadModel reads, DeclarationReads declarations) {
		this.reads = reads;
		this.declarations = declarations;
	}

	/** The page; 404 for anyone but the pool's participants and managers. */
	@Transactional(readOnly = true)
	public PoolPage page(CoopexUser viewer, long poolId) {
		PoolAccess.Access access = this.reads.access(viewer, poolId);
		return new PoolPage(this.reads.pool(viewer, access), this.declarations.ofPool(viewer, access));
	}

}
