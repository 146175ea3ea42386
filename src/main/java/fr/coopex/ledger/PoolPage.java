package fr.coopex.ledger;

import java.util.List;

/**
 * What a pool's page shows: the pool as its viewer may see it and the payments declared
 * on it that the viewer may see ({@link PoolPages#page}).
 */
public record PoolPage(PoolView pool, List<PaymentDeclaration> declarations) {

	public PoolPage {
		declarations = List.copyOf(declarations);
	}

}
