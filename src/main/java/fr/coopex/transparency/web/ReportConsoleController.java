package fr.coopex.transparency.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.shared.security.CoopexUser;
import fr.coopex.shared.web.Choice;
import fr.coopex.transparency.CooperationStatements;
import fr.coopex.transparency.ReportPeriod;
import fr.coopex.transparency.TransparencyException;
import fr.coopex.transparency.TransparencyReports;

/**
 * The coordinator's transparency screen of an ecosystem: its reports, a new report to
 * preview and publish, and the reference prices per m² of its fairs.
 */
@Controller
@RequestMapping("/console/transparency/ecosystems/{ecosystemId:[0-9]+}")
class ReportConsoleController {

	private static final String VIEW_CONSOLE = "transparency/console";

	private static final String VIEW_PREVIEW = "transparency/preview";

	private final TransparencyReports reports;

	private final CooperationStatements statements;

	private final MessageSource messages;

	ReportConsoleController(TransparencyReports reports, CooperationStatements statements, MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.statements = statements;
	}

	@GetMapping
	String initConsole(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId, Model model) {
		List<ReportPeriod> periods = this.reports.periods();
		model.addAttribute("reportForm", ReportForm.blank(periods.isEmpty() ? null : periods.get(0).code()));
		model.addAttribute("priceForm", PriceForm.blank());
		return console(user, ecosystemId, model);
	}

	@PostMapping("/preview")
	String processPreview(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("figures", this.reports.preview(user, ecosystemId, form.toDraft()));
				model.addAttribute("ecosystemId", ecosystemId);
				return VIEW_PREVIEW;
			}
			catch (TransparencyException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("priceForm", PriceForm.blank());
		return console(user, ecosystemId, model);
	}

	@PostMapping("/publish")
	String processPublish(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				long id = this.reports.publish(user, ecosystemId, form.toDraft());
				flash.addFlashAttribute("message", "transparency.published");
				return "redirect:/transparency/reports/" + id;
			}
			catch (TransparencyException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("priceForm", PriceForm.blank());
		return console(user, ecosystemId, model);
	}

	@PostMapping("/prices")
	String processPrice(@AuthenticationPrincipal CoopexUser user, @PathVariable long ecosystemId,
			@Valid @ModelAttribute("priceForm") PriceForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				this.statements.setReferencePrice(user, ecosystemId, form.fairId(), form.price());
				flash.addFlashAttribute("message", "transparency.price.saved");
				return "redirect:/console/transparency/ecosystems/" + ecosystemId + "#prices";
			}
			catch (TransparencyException ex) {
				ex.rejectOn(result);
			}
		}
		List<ReportPeriod> periods = this.reports.periods();
		model.addAttribute("reportForm", ReportForm.blank(periods.isEmpty() ? null : periods.get(0).code()));
		return console(user, ecosystemId, model);
	}

	private String console(CoopexUser user, long ecosystemId, Model model) {
		List<CooperationStatements.PriceRow> prices = this.statements.referencePrices(user, ecosystemId);
		model.addAttribute("ecosystemId", ecosystemId);
		model.addAttribute("reports", this.reports.reports(user, ecosystemId));
		model.addAttribute("prices", prices);
		model.addAttribute("fairChoices", Choice.of(prices, (p) -> String.valueOf(p.fairId()), (p) -> p.fairName()));
		model.addAttribute("periodChoices",
				this.reports.periods()
					.stream()
					.map((p) -> Choice.text(p.code(),
							this.messages.getMessage(p.messageKey(), new Object[] { String.valueOf(p.year()) },
									LocaleContextHolder.getLocale())))
					.toList());
		return VIEW_CONSOLE;
	}

}
