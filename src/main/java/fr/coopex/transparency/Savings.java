package fr.coopex.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;

import fr.coopex.ledger.CooperationFigures.StandShare;
import fr.coopex.transparency.CooperationStatement.Basis;
import fr.coopex.transparency.CooperationStatement.StandLine;

/**
 * What a share of a stand saved: the same area alone, at the coordinator's reference
 * price per m² for the fair when there is one, else at the stand's own cost per m² (its
 * whole cost before subsidies over the area its participants booked), less what the
 * company paid (its share less its subsidies). Amounts to the cent, halves rounded up.
 */
final class Savings {

	private Savings() {
	}

	static StandLine of(StandShare share, String fairName, BigDecimal referencePrice) {
		BigDecimal area = (share.area() != null) ? share.area() : BigDecimal.ZERO;
		Basis basis;
		BigDecimal perM2;
		BigDecimal alone;
		if (referencePrice != null) {
			basis = Basis.REFERENCE;
			perM2 = referencePrice.setScale(2, RoundingMode.HALF_UP);
			alone = cents(area.multiply(referencePrice));
		}
		else if (share.totalArea() != null && share.totalArea().signum() > 0 && area.signum() > 0) {
			basis = Basis.POOL;
			perM2 = share.poolCost().divide(share.totalArea(), 2, RoundingMode.HALF_UP);
			alone = share.poolCost().multiply(area).divide(share.totalArea(), 2, RoundingMode.HALF_UP);
		}
		else {
			basis = Basis.NONE;
			perM2 = null;
			alone = share.cost();
		}
		BigDecimal paid = share.paid();
		return new StandLine(share.title(), fairName, area, basis, perM2, alone, share.cost(), share.subsidy(), paid,
				alone.subtract(paid));
	}

	static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
