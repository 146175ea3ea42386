package fr.coopex.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples of the split, checked to the cent by hand, and the input it refuses.
 */
class SplitEngineTests {

	static final long A = 11;

	static final long B = 22;

	static final long C = 33;

	/**
	 * The stand of the issue: 36 m² booked 12, 9 and 15; a 50% regional subsidy on space
	 * for SMEs (A and B; C has 400 people).
	 */
	static SplitInput standOf36SquareMetres() {
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(A, "Alpha", new BigDecimal("12"), BigDecimal.ONE, 45, false, 0),
				new ParticipantDraft(B, "Bêta", new BigDecimal("9"), BigDecimal.ONE, 120, false, 2),
				new ParticipantDraft(C, "Gamma", new BigDecimal("15"), BigDecimal.ONE, 400, false, 5));
		List<SplitInput.Item> items = List.of(
				new SplitInput.Item(1,
						CostItemDraft.of("Surface nue 36 m²", CostCategory.SPACE, new BigDecimal("12600.00"),
								new BigDecimal("20"))),
				new SplitInput.Item(2,
						CostItemDraft.of("Construction du stand", CostCategory.BUILD, new BigDecimal("4500"),
								new BigDecimal("20"))),
				new SplitInput.Item(3,
						CostItemDraft
							.of("Inscription", CostCategory.REGISTRATION, new BigDecimal("1200"), new BigDecimal("20"))
							.splitBy(AllocationKey.EQUAL)),
				new SplitInput.Item(4, CostItemDraft.of("Électricité", CostCategory.POWER, new BigDecimal("333.33"),
						new BigDecimal("20"))));
		List<SplitInput.Subsidy> subsidies = List.of(new SplitInput.Subsidy(1,
				SubsidyDraft.rate("Région — aide aux salons", new BigDecimal("50"), Set.of(CostCategory.SPACE), 249)));
		return new SplitInput(AllocationKey.BY_AREA, participants, items, subsidies);
	}

	@Test
	void splitsTheStandOfTheStoryToTheCent() {
		Split split = SplitEngine.split(standOf36SquareMetres());
		assertThat(split.totalHt()).isEqualByComparingTo("18633.33");
		assertThat(split.totalVat()).isEqualByComparingTo("3726.67");
		assertThat(split.totalGross()).isEqualByComparingTo("22360.00");
		assertThat(split.totalSubsidies()).isEqualByComparingTo("3675.00");
		assertThat(split.total()).isEqualByComparingTo("18685.00");
		Split.Share alpha = split.share(A).orElseThrow();
		Split.Share beta = split.share(B).orElseThrow();
		Split.Share gamma = split.share(C).orElseThrow();
		assertThat(alpha.ht()).isEqualByComparingTo("6211.11");
		assertThat(alpha.vat()).isEqualByComparingTo("1242.22");
		assertThat(alpha.subsidy()).isEqualByComparingTo("2100.00");
		assertThat(alpha.net()).isEqualByComparingTo("5353.33");
		assertThat(beta.ht()).isEqualByComparingTo("4758.33");
		assertThat(beta.vat()).isEqualByComparingTo("951.67");
		assertThat(beta.subsidy()).isEqualByComparingTo("1575.00");
		assertThat(beta.net()).isEqualByComparingTo("4135.00");
		assertThat(gamma.ht()).isEqualByComparingTo("7663.89");
		assertThat(gamma.vat()).isEqualByComparingTo("1532.78");
		assertThat(gamma.subsidy()).isEqualByComparingTo("0.00");
		assertThat(gamma.net()).isEqualByComparingTo("9196.67");
		assertThat(alpha.net().add(beta.net()).add(gamma.net())).isEqualByComparingTo(split.total());
		// the power cent left over goes to the largest remainder (Gamma, .75 of a cent)
		assertThat(split.lines(C).get(3).ht()).isEqualByComparingTo("138.89");
		assertThat(split.lines(A).get(3).ht()).isEqualByComparingTo("111.11");
		assertThat(split.lines(B).get(3).ht()).isEqualByComparingTo("83.33");
		assertThat(split.lines(A)).extracting(Split.Line::kind).endsWith(Split.LineKind.SUBSIDY);
	}

	@Test
	void breaksTiesByLargerWeightThenSmallerCompanyId() {
		List<ParticipantDraft> three = List.of(ParticipantDraft.withArea(3, "C", BigDecimal.ONE),
				ParticipantDraft.withArea(1, "A", BigDecimal.ONE), ParticipantDraft.withArea(2, "B", BigDecimal.ONE));
		Split split = SplitEngine.split(new SplitInput(AllocationKey.EQUAL, three,
				List.of(new SplitInput.Item(1, CostItemDraft.of("Un euro", CostCategory.OTHER, BigDecimal.ONE, null))),
				List.of()));
		assertThat(split.shares()).extracting(Split.Share::net)
			.containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
		// the next cent goes round: the one who paid least so far comes first
		Split two = SplitEngine.split(new SplitInput(AllocationKey.EQUAL, three,
				List.of(new SplitInput.Item(1, CostItemDraft.of("Un euro", CostCategory.OTHER, BigDecimal.ONE, null)),
						new SplitInput.Item(2,
								CostItemDraft.of("Encore un euro", CostCategory.OTHER, BigDecimal.ONE, null))),
				List.of()));
		assertThat(two.shares()).extracting(Split.Share::net)
			.containsExactly(new BigDecimal("0.67"), new BigDecimal("0.67"), new BigDecimal("0.66"));
		Split heavier = SplitEngine.split(new SplitInput(AllocationKey.BY_AREA,
				List.of(ParticipantDraft.withArea(1, "A", new BigDecimal("1")),
						ParticipantDraft.withArea(2, "B", new BigDecimal("2"))),
				List.of(new SplitInput.Item(1,
						CostItemDraft.of("Un centime", CostCategory.OTHER, new BigDecimal("0.01"), null))),
				List.of()));
		assertThat(heavier.share(2).orElseThrow().net()).isEqualByComparingTo("0.01");
	}

	@Test
	void givesFixedAmountsFirstAndSpreadsTheRestByAnotherKey() {
		List<ParticipantDraft> participants = List.of(ParticipantDraft.withArea(1, "A", new BigDecimal("10")),
				ParticipantDraft.withArea(2, "B", new BigDecimal("20")),
				ParticipantDraft.withArea(3, "C", new BigDecimal("10")));
		CostItemDraft staff = CostItemDraft.of("Interprète", CostCategory.INTERPRETER, new BigDecimal("1000"), null)
			.fixed(Map.of(1L, new BigDecimal("400")), AllocationKey.BY_AREA);
		Split split = SplitEngine.split(
				new SplitInput(AllocationKey.EQUAL, participants, List.of(new SplitInput.Item(1, staff)), List.of()));
		assertThat(split.shares()).extracting(Split.Share::net)
			.containsExactly(new BigDecimal("400.00"), new BigDecimal("400.00"), new BigDecimal("200.00"));
	}

	@Test
	void spreadsAnAmountSubsidyUnderItsCapAndGivesWhatOthersCannotTakeToTheOthers() {
		List<ParticipantDraft> participants = List.of(ParticipantDraft.withArea(1, "A", new BigDecimal("10")),
				ParticipantDraft.withArea(2, "B", new BigDecimal("30")));
		SubsidyDraft grant = new SubsidyDraft("Forfait", new BigDecimal("1200"), null, Set.of(CostCategory.SPACE), null,
				false, null, new BigDecimal("700"), "aid-42");
		Split split = SplitEngine.split(new SplitInput(AllocationKey.BY_AREA, participants,
				List.of(new SplitInput.Item(1,
						CostItemDraft.of("Surface", CostCategory.SPACE, new BigDecimal("4000"), BigDecimal.ZERO))),
				List.of(new SplitInput.Subsidy(1, grant))));
		// in proportion A would get 300 and B 900: B is capped at 700, A takes the rest
		assertThat(split.share(1).orElseThrow().subsidy()).isEqualByComparingTo("500.00");
		assertThat(split.share(2).orElseThrow().subsidy()).isEqualByComparingTo("700.00");
		assertThat(split.total()).isEqualByComparingTo("2800.00");
	}

	@Test
	void neverGrantsMoreThanTheEligibleParticipantsPay() {
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(1, "Primo", new BigDecimal("10"), null, 12, true, 0),
				new ParticipantDraft(2, "Habitué", new BigDecimal("10"), null, 12, false, 6));
		SubsidyDraft grant = new SubsidyDraft("Primo-exportateurs", new BigDecimal("5000"), null,
				Set.of(CostCategory.SPACE), null, true, 3, null, null);
		Split split = SplitEngine.split(new SplitInput(AllocationKey.BY_AREA, participants,
				List.of(new SplitInput.Item(1,
						CostItemDraft.of("Surface", CostCategory.SPACE, new BigDecimal("2000"), new BigDecimal("20")))),
				List.of(new SplitInput.Subsidy(1, grant))));
		assertThat(split.share(1).orElseThrow().subsidy()).isEqualByComparingTo("1000.00");
		assertThat(split.share(1).orElseThrow().net()).isEqualByComparingTo("200.00"); // the
																						// VAT
		assertThat(split.share(2).orElseThrow().subsidy()).isEqualByComparingTo("0.00");
		assertThat(split.subsidies().get(0).granted()).isEqualByComparingTo("1000.00");
	}

	@Test
	void aFirstTimeExportersOnlySubsidyGoesOnlyToTheFirmThatNeverExported() {
		// the same area, headcount and history: only the export record differs
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(1, "Primo", new BigDecimal("10"), null, 30, true, 1),
				new ParticipantDraft(2, "Exportateur", new BigDecimal("10"), null, 30, false, 1));
		SubsidyDraft grant = new SubsidyDraft("Primo-exportateurs", null, new BigDecimal("50"),
				Set.of(CostCategory.SPACE), null, true, null, null, null);
		Split split = SplitEngine.split(new SplitInput(
				AllocationKey.BY_AREA, participants, List.of(new SplitInput.Item(1, CostItemDraft.of("Surface",
						CostCategory.SPACE, new BigDecimal("2000.00"), new BigDecimal("20")))),
				List.of(new SplitInput.Subsidy(1, grant))));
		Split.Share primo = split.share(1).orElseThrow();
		Split.Share exporter = split.share(2).orElseThrow();
		assertThat(primo.ht()).isEqualByComparingTo("1000.00");
		assertThat(primo.subsidy()).isEqualByComparingTo("500.00");
		assertThat(primo.net()).isEqualByComparingTo("700.00");
		assertThat(exporter.ht()).isEqualByComparingTo("1000.00");
		assertThat(exporter.subsidy()).isEqualByComparingTo("0.00");
		assertThat(exporter.net()).isEqualByComparingTo("1200.00");
		assertThat(split.subsidies().get(0).eligibleParticipants()).isEqualTo(1);
		assertThat(split.total()).isEqualByComparingTo("1900.00");
	}

	@Test
	void aSubsidyForTheFirstParticipationsGoesOnlyToFirmsAtOrUnderTheLimit() {
		// at most 3 previous participations: the fourth time still counts, the fifth not;
		// both firms have the same size and export record, so only that history differs
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(1, "Quatrième fois", new BigDecimal("15"), null, 30, false, 3),
				new ParticipantDraft(2, "Cinquième fois", new BigDecimal("15"), null, 30, false, 4));
		SubsidyDraft grant = new SubsidyDraft("Premières participations", new BigDecimal("800.00"), null,
				Set.of(CostCategory.SPACE), null, false, 3, null, null);
		Split split = SplitEngine.split(new SplitInput(
				AllocationKey.BY_AREA, participants, List.of(new SplitInput.Item(1, CostItemDraft.of("Surface",
						CostCategory.SPACE, new BigDecimal("3000.00"), new BigDecimal("20")))),
				List.of(new SplitInput.Subsidy(1, grant))));
		Split.Share fourth = split.share(1).orElseThrow();
		Split.Share fifth = split.share(2).orElseThrow();
		// the whole amount goes to the one eligible firm, under what it pays (1,500.00)
		assertThat(fourth.subsidy()).isEqualByComparingTo("800.00");
		assertThat(fourth.net()).isEqualByComparingTo("1000.00");
		assertThat(fifth.subsidy()).isEqualByComparingTo("0.00");
		assertThat(fifth.net()).isEqualByComparingTo("1800.00");
		assertThat(split.subsidies().get(0).granted()).isEqualByComparingTo("800.00");
		assertThat(split.subsidies().get(0).eligibleParticipants()).isEqualTo(1);
	}

	@Test
	void splitsByHeadcountBandOneTwoThreeFourAtTheBandLimits() {
		// bands: under 10 → 1, 10 to 49 → 2, 50 to 249 → 3, 250 and more → 4; unknown →
		// 1.
		// The areas differ so that a split by area would not give the same
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(1, "Neuf", new BigDecimal("30"), null, 9, false, 0),
				new ParticipantDraft(2, "Dix", new BigDecimal("1"), null, 10, false, 0),
				new ParticipantDraft(3, "Quarante-neuf", new BigDecimal("2"), null, 49, false, 0),
				new ParticipantDraft(4, "Cinquante", new BigDecimal("3"), null, 50, false, 0),
				new ParticipantDraft(5, "Deux cent quarante-neuf", new BigDecimal("4"), null, 249, false, 0),
				new ParticipantDraft(6, "Deux cent cinquante", new BigDecimal("5"), null, 250, false, 0),
				new ParticipantDraft(7, "Inconnu", new BigDecimal("6"), null, null, false, 0));
		Split split = SplitEngine
			.split(new SplitInput(
					AllocationKey.HEADCOUNT_BAND, participants, List.of(
							new SplitInput.Item(1,
									CostItemDraft.of("Construction", CostCategory.BUILD, new BigDecimal("1600.00"),
											new BigDecimal("20"))),
							// 0.07 over weights of 16: 0.4375 cent per weight point, the
							// remainders decide
							new SplitInput.Item(2,
									CostItemDraft.of("Badges", CostCategory.OTHER, new BigDecimal("0.07"), null))),
					List.of()));
		assertThat(split.lines(1).get(0).ht()).isEqualByComparingTo("100.00");
		assertThat(split.lines(2).get(0).ht()).isEqualByComparingTo("200.00");
		assertThat(split.lines(3).get(0).ht()).isEqualByComparingTo("200.00");
		assertThat(split.lines(4).get(0).ht()).isEqualByComparingTo("300.00");
		assertThat(split.lines(5).get(0).ht()).isEqualByComparingTo("300.00");
		assertThat(split.lines(6).get(0).ht()).isEqualByComparingTo("400.00");
		assertThat(split.lines(7).get(0).ht()).isEqualByComparingTo("100.00");
		// 7 cents: quotas 0.4375, 0.875, 0.875, 1.3125, 1.3125, 1.75, 0.4375 → whole
		// cents
		// 0, 0, 0, 1, 1, 1, 0 (3); the 4 left go to the remainders .875, .875, .75 and
		// then, of .4375 and .4375 (same weight), the smaller company id
		assertThat(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L)).extracting((id) -> split.lines(id).get(1).ht())
			.containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"),
					new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.02"), new BigDecimal("0.00"));
		assertThat(split.shares()).extracting(Split.Share::net)
			.containsExactly(new BigDecimal("120.01"), new BigDecimal("240.01"), new BigDecimal("240.01"),
					new BigDecimal("360.01"), new BigDecimal("360.01"), new BigDecimal("480.02"),
					new BigDecimal("120.00"));
		assertThat(split.total()).isEqualByComparingTo("1920.07");
	}

	@Test
	void splitsByTheWeightsTheCoordinatorTyped() {
		// typed weights 1, 1.5 and 0.5 (areas and headcounts that would split otherwise)
		List<ParticipantDraft> participants = List.of(
				new ParticipantDraft(1, "Un", new BigDecimal("10"), new BigDecimal("1"), 5, false, 0),
				new ParticipantDraft(2, "Un et demi", new BigDecimal("10"), new BigDecimal("1.5"), 5, false, 0),
				new ParticipantDraft(3, "Demi", new BigDecimal("10"), new BigDecimal("0.5000"), 5, false, 0));
		Split split = SplitEngine.split(new SplitInput(AllocationKey.WEIGHTS, participants,
				List.of(new SplitInput.Item(1, CostItemDraft.of("Interprète", CostCategory.INTERPRETER,
						new BigDecimal("100.00"), new BigDecimal("20")))),
				List.of()));
		// 100.00 in thirds: 33.333..., 50.00, 16.666... → the left cent to the largest
		// remainder (the half weight's .67); the VAT of 20.00 the same way: 6.666...,
		// 10.00, 3.333... → the left cent to the first
		Split.Share one = split.share(1).orElseThrow();
		Split.Share oneAndAHalf = split.share(2).orElseThrow();
		Split.Share half = split.share(3).orElseThrow();
		assertThat(one.ht()).isEqualByComparingTo("33.33");
		assertThat(oneAndAHalf.ht()).isEqualByComparingTo("50.00");
		assertThat(half.ht()).isEqualByComparingTo("16.67");
		assertThat(one.vat()).isEqualByComparingTo("6.67");
		assertThat(oneAndAHalf.vat()).isEqualByComparingTo("10.00");
		assertThat(half.vat()).isEqualByComparingTo("3.33");
		assertThat(one.net()).isEqualByComparingTo("40.00");
		assertThat(oneAndAHalf.net()).isEqualByComparingTo("60.00");
		assertThat(half.net()).isEqualByComparingTo("20.00");
		// a weight of zero takes no part
		Split withZero = SplitEngine.split(new SplitInput(AllocationKey.WEIGHTS,
				List.of(new ParticipantDraft(1, "Un", BigDecimal.ONE, new BigDecimal("3"), null, false, 0),
						new ParticipantDraft(2, "Zéro", BigDecimal.ONE, BigDecimal.ZERO, null, false, 0)),
				List.of(new SplitInput.Item(1,
						CostItemDraft.of("Interprète", CostCategory.INTERPRETER, new BigDecimal("99.99"), null))),
				List.of()));
		assertThat(withZero.shares()).extracting(Split.Share::net)
			.containsExactly(new BigDecimal("99.99"), new BigDecimal("0.00"));
	}

	@Test
	void showsWhatIsBilledDirectlyAndWhatAParticipantAdvanced() {
		List<ParticipantDraft> participants = List.of(ParticipantDraft.withArea(1, "A", BigDecimal.ONE),
				ParticipantDraft.withArea(2, "B", BigDecimal.ONE));
		Split split = SplitEngine.split(new SplitInput(AllocationKey.EQUAL, participants, List.of(
				new SplitInput.Item(1,
						CostItemDraft.of("Hôtel", CostCategory.TRAVEL, new BigDecimal("300"), BigDecimal.TEN)
							.paidBy(PaidBy.EACH_PARTICIPANT, null)),
				new SplitInput.Item(2, CostItemDraft.of("Mobilier", CostCategory.FURNITURE, new BigDecimal("100"), null)
					.paidBy(PaidBy.PARTICIPANT, 2L))),
				List.of()));
		assertThat(split.share(1).orElseThrow().billedDirectly()).isEqualByComparingTo("165.00");
		assertThat(split.share(2).orElseThrow().advanced()).isEqualByComparingTo("100.00");
		assertThat(split.share(1).orElseThrow().net()).isEqualByComparingTo("215.00");
		assertThat(split.advancedByCoordinationCents()).isZero();
	}

	@Test
	void refusesInputItCannotSplitWithTheReason() {
		List<ParticipantDraft> one = List.of(ParticipantDraft.withArea(1, "A", BigDecimal.ZERO));
		assertRefused(item("-1.00", "20", null), one, "ledger.amount.negative", "amount");
		assertRefused(item("10.005", "20", null), one, "ledger.amount.too-precise", "amount");
		assertRefused(item("10", "120", null), one, "ledger.vat.over-100", "vatRate");
		assertRefused(item("10", "20", AllocationKey.BY_AREA), one, "ledger.split.weights-zero", "key");
		assertRefused(item("10", "20", null).fixed(Map.of(1L, new BigDecimal("11")), AllocationKey.EQUAL), one,
				"ledger.item.fixed-over-total", "fixedAmounts");
		assertRefused(item("10", "20", null).fixed(Map.of(1L, new BigDecimal("5")), AllocationKey.EQUAL), one,
				"ledger.item.fixed-rest-nobody", "fixedAmounts");
		assertRefused(item("10", "20", null), List.of(), "ledger.split.no-participants", "key");
		assertThatThrownBy(() -> SplitEngine
			.split(new SplitInput(AllocationKey.EQUAL, one, List.of(new SplitInput.Item(1, item("10", "20", null))),
					List.of(new SplitInput.Subsidy(1,
							SubsidyDraft.rate("Trop", new BigDecimal("100.01"), Set.of(CostCategory.OTHER), null))))))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("ledger.subsidy.rate-over-100");
				assertThat(ex.field()).isEqualTo("rate");
			});
		assertThatThrownBy(() -> SplitEngine.split(new SplitInput(AllocationKey.FIXED, one, List.of(), List.of())))
			.isInstanceOf(LedgerException.class);
	}

	private static CostItemDraft item(String amount, String vat, AllocationKey key) {
		return new CostItemDraft("Poste", CostCategory.OTHER, new BigDecimal(amount), new BigDecimal(vat),
				PaidBy.COORDINATION, null, key, null, null);
	}

	private static void assertRefused(CostItemDraft item, List<ParticipantDraft> participants, String key,
			String field) {
		assertThatThrownBy(() -> SplitEngine
			.split(new SplitInput(AllocationKey.EQUAL, participants, List.of(new SplitInput.Item(1, item)), List.of())))
			.isInstanceOfSatisfying(LedgerException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.field()).isEqualTo(field);
			});
	}

}
