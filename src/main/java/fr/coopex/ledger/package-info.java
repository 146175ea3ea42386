/**
 * The ledger: the cost pools of shared stands and prospection missions, split to the
 * cent, posted as immutable entries, paid, called and settled.
 *
 * <h2>How the fairs and missions modules use it</h2> Everything goes through
 * {@link fr.coopex.ledger.Ledger}; every method takes the person acting and checks what
 * they may do. A refusal is a {@link fr.coopex.ledger.LedgerException} (a form field and
 * a message key, shown next to the field with {@code ex.rejectOn(bindingResult)}), a pool
 * the person may not know about is a {@code Ledger.PoolNotFoundException} (404), and an
 * action they may not take an {@code AccessDeniedException} (403).
 *
 * <pre class="code">
 * // a coordinator opens a stand (or a member proposes a mission): one pool per owner
 * long pool = ledger.openPool(coordinator, PoolOwnerKind.STAND, standId, ecosystemId,
 *         "Hannover Messe 2027", AllocationKey.BY_AREA, Set.of());
 * ledger.poolOf(PoolOwnerKind.STAND, standId);               // Optional&lt;Long&gt;
 *
 * // costs and subsidies, while the pool is open (version: the one the form was built on,
 * // or Ledger.ANY_VERSION from code acting on the current state)
 * ledger.addItem(coordinator, pool, version, CostItemDraft.of("Surface 36 m²",
 *         CostCategory.SPACE, new BigDecimal("12600.00"), new BigDecimal("20")));
 * ledger.addSubsidy(coordinator, pool, version, SubsidyDraft.rate("Région",
 *         new BigDecimal("50"), Set.of(CostCategory.SPACE), 249));
 *
 * // a member books 12 m² / opts in (called as that member, or as a coordinator);
 * // calling it again updates the area, weight or subsidy criteria
 * ledger.join(member, pool, new ParticipantDraft(companyId, companyName,
 *         new BigDecimal("12"), BigDecimal.ONE, headcount, firstTimeExporter,
 *         previousParticipationsAtThisFair));
 *
 * ledger.preview(viewer, pool);            // Split: every share, to the cent
 * ledger.post(coordinator, pool, version); // confirm: writes the entries, closes the pool
 * ledger.reopen(coordinator, pool, version); // amend; the next post reverses the last one
 * ledger.withdraw(member, pool, companyId);  // before the deadline (the owner decides):
 *                                            // re-split, reversal + new entries, refund due
 * ledger.recordPayment(coordinator, pool, version, new Ledger.PaymentDraft(payerCompanyId,
 *         null, amount, paidOn, reference));  // null party = the coordination body
 * ledger.callDeposits(coordinator, pool, version, "Acompte", new BigDecimal("50"), dueOn);
 * // a member declares the payment of its cash call line; a manager confirms it (recorded
 * // as the payment above) or rejects it with a reason (PaymentDeclarations)
 * declarations.declare(member, pool, version, cashCallId, companyId, draft);
 * declarations.confirm(coordinator, pool, version, declarationId);
 * ledger.pool(viewer, pool);               // PoolView: breakdown, shares, balances,
 *                                          // transfers, cash calls, payments
 * ledger.balances(viewer, pool); ledger.settlement(viewer, pool);
 * ledger.ecosystemAccount(viewer, ecosystemId, companyIdOrNull);
 * </pre>
 *
 * {@code fr.coopex.fairs.StandManagement} and
 * {@code fr.coopex.missions.MissionManagement} make these calls in the same transaction
 * as their own changes (opening, booking, cancelling, waiving, confirming, opting in and
 * out), so that a refusal of the ledger undoes theirs; the ledger itself knows nothing of
 * stands and missions but their ids.
 * <p>
 * Pages: {@code /pools/{id}} (participants and coordinators), {@code /console/pools/{id}}
 * (coordinators), {@code /pools/{id}/cash-calls/{callId}/payment} (a participant declares
 * the payment of its line), statements {@code /pools/{id}/statement.pdf|csv},
 * {@code /pools/{id}/export.pdf|csv} (whole pool), {@code /ledger/ecosystems/{id}} and
 * its {@code statement.pdf|csv}. A stand or mission page links to {@code /pools/{id}}.
 *
 * <h2>Who sees what</h2> The coordinators of the pool's ecosystem (and managers named
 * when it was opened) see and run everything. A member company sees only the pools it
 * takes part in (also after withdrawing): the whole breakdown and every participant's
 * share, but only its own balance, payments, cash-call lines and the transfers it pays or
 * receives. Anyone else gets a 404.
 *
 * <h2>The money</h2> The split is exact ({@link fr.coopex.ledger.SplitEngine}: largest
 * remainder in cents with a documented tie-break). Posting writes immutable entries
 * (PostgreSQL refuses UPDATE and DELETE): a participant's {@code SHARE} (+), what it is
 * billed directly ({@code DIRECT}, −), what a party advanced ({@code ADVANCE}, −), the
 * subsidies the coordination body receives ({@code SUBSIDY}, +), and payments (− for the
 * payer, + for the payee). A balance is the sum of a party's entries: what it owes less
 * what it paid or advanced; all balances of a pool add up to zero. A later change is a
 * reversal of the posted entries plus new ones.
 * {@link fr.coopex.ledger.LedgerConsistencyCheck} finds every night any pool whose posted
 * shares do not add up to its total.
 *
 * <h2>One rule for balances, cash calls and transfers, at every stage</h2> Whatever the
 * stage of a pool (provisional, confirmed, reopened for an amendment), every page, list,
 * statement and export reads the same numbers:
 * <ol>
 * <li><b>Balance.</b> A party's balance is its share of the pool as it is split now, less
 * what it is billed directly and what it advanced (plus the subsidies, for the
 * coordination body), less what it paid, plus what it received. Once the split is
 * confirmed the split is the posted entries; before (and while reopened) it is the
 * provisional split, computed the same way but not written: a provisional share is never
 * counted as zero. The balances of a pool add up to zero.</li>
 * <li><b>Cash calls.</b> A cash call asks a rate of what each participant owes (its share
 * less what it is billed directly). A participant's payments (less refunds) cover its
 * lines in the order they fall due; what is still outstanding never adds up to more than
 * its balance. The lines of a participant who withdraws are cancelled by reversing rows
 * (cash calls are append-only, as entries are).</li>
 * <li><b>Due now.</b> Once confirmed, a party's whole balance is due. Before, a
 * participant owes now what its cash calls still ask (never more than its balance), and
 * is owed back now only what it paid beyond its provisional share (never more than it
 * paid); the coordination body takes the opposite of the participants' sum. So a deposit
 * paid on a provisional split is never owed back while the participant still owes more
 * than it.</li>
 * <li><b>Transfers.</b> The suggested transfers clear exactly the amounts due now
 * ({@link fr.coopex.ledger.Settlement}); a participant sees those it pays or
 * receives.</li>
 * <li><b>Lists and statements.</b> {@code /pools}, the ecosystem account and every
 * statement show these same shares, balances and amounts due now; the ecosystem account
 * adds them up over the ecosystem's pools and its transfers clear the sums due now.</li>
 * </ol>
 * {@code BalanceRuleTests} proves it over random sequences of calls, payments, refunds,
 * withdrawals, confirmations and reopenings.
 */
@ApplicationModule(displayName = "Ledger", allowedDependencies = { "shared", "aids", "companies", "ecosystems" })
package fr.coopex.ledger;

import org.springframework.modulith.ApplicationModule;
