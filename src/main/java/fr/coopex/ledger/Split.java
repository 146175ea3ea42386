package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link SplitEngine#split}: every participant's share of every item
 * (before VAT and VAT) and of every subsidy, and the totals. Amounts in euros with 2
 * decimals; the {@code …Cents} methods give cents.
 */
public final class Split {

	/** A participant's share of the whole pool. */
	public record Share(long companyId, String name, BigDecimal ht, BigDecimal vat, BigDecimal gross,
			BigDecimal subsidy, BigDecimal net, BigDecimal billedDirectly, BigDecimal advanced) {
	}

	/** What a line of a participant's share is for. */
	public enum LineKind {

		ITEM, SUBSIDY

	}

	/**
	 * One line of a participant's share: an item (before VAT, VAT, with VAT) or a subsidy
	 * (a negative amount).
	 */
	public record Line(LineKind kind, long refId, String label, CostCategory category, BigDecimal ht, BigDecimal vat,
			BigDecimal amount, boolean billedDirectly) {
	}

	/** An item of the pool with its totals. */
	public record ItemTotal(long id, CostItemDraft draft, AllocationKey key, BigDecimal ht, BigDecimal vat,
			BigDecimal gross) {
	}

	/** A subsidy with what was granted. */
	public record SubsidyTotal(long id, SubsidyDraft draft, BigDecimal granted, long eligibleParticipants) {
	}

	private final SplitInput input;

	private final ParticipantDraft[] participants;

	private final long[] itemHt;

	private final long[] itemVat;

	private final long[][] htLines;

	private final long[][] vatLines;

	private final long[][] subsidyLines;

	private final long[] subsidyEligible;

	private final long[] netCents;

	Split(SplitInput input, ParticipantDraft[] participants, long[] itemHt, long[] itemVat, long[][] htLines,
			long[][] vatLines, long[][] subsidyLines, long[] subsidyEligible) {
		this.input = input;
		this.participants = participants;
		this.itemHt = itemHt;
		this.itemVat = itemVat;
		this.htLines = htLines;
		this.vatLines = vatLines;
		this.subsidyLines = subsidyLines;
		this.subsidyEligible = subsidyEligible;
		this.netCents = new long[participants.length];
		for (int p = 0; p < participants.length; p++) {
			long net = 0;
			for (int i = 0; i < itemHt.length; i++) {
				net += htLines[i][p] + vatLines[i][p];
			}
			for (long[] subsidy : subsidyLines) {
				net -= subsidy[p];
			}
			this.netCents[p] = net;
		}
	}

	/** What the pool costs its participants: items with VAT less subsidies granted. */
	public BigDecimal total() {
		return euros(totalCents());
	}

	public long totalCents() {
		return totalGrossCents() - totalSubsidiesCents();
	}

	public BigDecimal totalHt() {
		return euros(sum(this.itemHt));
	}

	public BigDecimal totalVat() {
		return euros(sum(this.itemVat));
	}

	public BigDecimal totalGross() {
		return euros(totalGrossCents());
	}

	public long totalGrossCents() {
		return sum(this.itemHt) + sum(this.itemVat);
	}

	public BigDecimal totalSubsidies() {
		return euros(totalSubsidiesCents());
	}

	public long totalSubsidiesCents() {
		long total = 0;
		for (long[] subsidy : this.subsidyLines) {
			total += sum(subsidy);
		}
		return total;
	}

	/** What the coordination body advanced (items with VAT). */
	public long advancedByCoordinationCents() {
		long total = 0;
		for (int i = 0; i < this.itemHt.length; i++) {
			if (this.input.items().get(i).draft().paidBy() == PaidBy.COORDINATION) {
				total += this.itemHt[i] + this.itemVat[i];
			}
		}
		return total;
	}

	/** The company ids of the participants, in ascending order. */
	public long[] companyIds() {
		long[] ids = new long[this.participants.length];
		for (int p = 0; p < ids.length; p++) {
			ids[p] = this.participants[p].companyId();
		}
		return ids;
	}

	/** Each participant's net share, in cents, in the order of {@link #companyIds()}. */
	public long[] netCents() {
		return this.netCents.clone();
	}

	public List<Share> shares() {
		List<Share> shares = new ArrayList<>(this.participants.length);
		for (int p = 0; p < this.participants.length; p++) {
			shares.add(share(p));
		}
		return shares;
	}

	public Optional<Share> share(long companyId) {
		int p = indexOf(companyId);
		return (p < 0) ? Optional.empty() : Optional.of(share(p));
	}

	/** The lines of a participant's share: items in order, then subsidies it received. */
	public List<Line> lines(long companyId) {
		int p = indexOf(companyId);
		if (p < 0) {
			return List.of();
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < this.itemHt.length; i++) {
			SplitInput.Item item = this.input.items().get(i);
			long ht = this.htLines[i][p];
			long vat = this.vatLines[i][p];
			lines.add(new Line(LineKind.ITEM, item.id(), item.draft().label(), item.draft().category(), euros(ht),
					euros(vat), euros(ht + vat), item.draft().paidBy() == PaidBy.EACH_PARTICIPANT));
		}
		for (int s = 0; s < this.subsidyLines.length; s++) {
			long granted = this.subsidyLines[s][p];
			if (granted != 0) {
				SplitInput.Subsidy subsidy = this.input.subsidies().get(s);
				lines.add(new Line(LineKind.SUBSIDY, subsidy.id(), subsidy.draft().label(), null, euros(-granted),
						BigDecimal.ZERO.setScale(2), euros(-granted), false));
			}
		}
		return lines;
	}

	public List<ItemTotal> items() {
		List<ItemTotal> items = new ArrayList<>();
		for (int i = 0; i < this.itemHt.length; i++) {
			SplitInput.Item item = this.input.items().get(i);
			AllocationKey key = (item.draft().key() != null) ? item.draft().key() : this.input.defaultKey();
			items.add(new ItemTotal(item.id(), item.draft(), key, euros(this.itemHt[i]), euros(this.itemVat[i]),
					euros(this.itemHt[i] + this.itemVat[i])));
		}
		return items;
	}

	public List<SubsidyTotal> subsidies() {
		List<SubsidyTotal> subsidies = new ArrayList<>();
		for (int s = 0; s < this.subsidyLines.length; s++) {
			SplitInput.Subsidy subsidy = this.input.subsidies().get(s);
			subsidies.add(new SubsidyTotal(subsidy.id(), subsidy.draft(), euros(sum(this.subsidyLines[s])),
					this.subsidyEligible[s]));
		}
		return subsidies;
	}

	/** The HT share of item {@code i} (in input order) of each participant, in cents. */
	long[] htCents(int i) {
		return this.htLines[i].clone();
	}

	/** The VAT share of item {@code i} of each participant, in cents. */
	long[] vatCents(int i) {
		return this.vatLines[i].clone();
	}

	/** The share of subsidy {@code s} of each participant, in cents. */
	long[] subsidyCents(int s) {
		return this.subsidyLines[s].clone();
	}

	public SplitInput input() {
		return this.input;
	}

	private Share share(int p) {
		long ht = 0;
		long vat = 0;
		long direct = 0;
		long advanced = 0;
		long companyId = this.participants[p].companyId();
		for (int i = 0; i < this.itemHt.length; i++) {
			ht += this.htLines[i][p];
			vat += this.vatLines[i][p];
			CostItemDraft item = this.input.items().get(i).draft();
			if (item.paidBy() == PaidBy.EACH_PARTICIPANT) {
				direct += this.htLines[i][p] + this.vatLines[i][p];
			}
			else if (item.paidBy() == PaidBy.PARTICIPANT && item.advancedBy() == companyId) {
				advanced += this.itemHt[i] + this.itemVat[i];
			}
		}
		long subsidy = 0;
		for (long[] lines : this.subsidyLines) {
			subsidy += lines[p];
		}
		return new Share(companyId, this.participants[p].name(), euros(ht), euros(vat), euros(ht + vat), euros(subsidy),
				euros(this.netCents[p]), euros(direct), euros(advanced));
	}

	private int indexOf(long companyId) {
		for (int p = 0; p < this.participants.length; p++) {
			if (this.participants[p].companyId() == companyId) {
				return p;
			}
		}
		return -1;
	}

	static BigDecimal euros(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}

}
