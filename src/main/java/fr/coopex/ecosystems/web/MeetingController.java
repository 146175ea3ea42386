package fr.coopex.ecosystems.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.coopex.accounts.AccountManagement;
import fr.coopex.ecosystems.EcosystemException;
import fr.coopex.ecosystems.EcosystemGovernance;
import fr.coopex.ecosystems.EcosystemManagement;
import fr.coopex.ecosystems.MeetingAnswer;
import fr.coopex.shared.security.CoopexUser;

/**
 * An ecosystem's meetings: a coordinator calls one and keeps its minutes; the people of
 * member companies answer; insiders read them (and download their files:
 * {@link MeetingFilesController}).
 */
@Controller
@RequestMapping("/ecosystems/{id:[0-9]+}")
class MeetingController {

	private static final String VIEW_FORM = "ecosystems/meeting-form";

	private static final String VIEW_MEETING = "ecosystems/meeting";

	private final EcosystemManagement ecosystems;

	private final EcosystemGovernance governance;

	private final AccountManagement accounts;

	MeetingController(EcosystemManagement ecosystems, EcosystemGovernance governance, AccountManagement accounts) {
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.governance = governance;
	}

	@GetMapping("/meetings/new")
	String initMeetingForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, Model model) {
		Actions.requireCoordinator(this.ecosystems, user, id);
		model.addAttribute("meetingForm", MeetingForm.empty());
		return prepareForm(id, model);
	}

	@PostMapping("/meetings/new")
	String processMeetingForm(@AuthenticationPrincipal CoopexUser user, @PathVariable long id,
			@Valid MeetingForm meetingForm, BindingResult result, Model model, RedirectAttributes flash) {
		Actions.requireCoordinator(this.ecosystems, user, id);
		return Actions.submit(result, () -> {
			long meeting = this.governance.callMeeting(user, id, meetingForm.toDraft());
			flash.addFlashAttribute("message", "ecosystems.meeting.called");
			return "redirect:/ecosystems/" + id + "/meetings/" + meeting;
		}, () -> prepareForm(id, model));
	}

	@GetMapping("/meetings/{meeting:[0-9]+}")
	String meeting(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long meeting,
			Model model) {
		model.addAttribute("meeting", this.governance.meeting(user, id, meeting));
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		model.addAttribute("coordinator", this.ecosystems.isCoordinator(user, id));
		model.addAttribute("memberCompany", this.ecosystems.standing(user, id).activeMember());
		model.addAttribute("answerChoices", MeetingAnswer.values());
		GovernanceSections.addViewerZone(user, model, this.accounts);
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm", MinutesForm.empty());
		}
		return VIEW_MEETING;
	}

	@PostMapping("/meetings/{meeting:[0-9]+}/answer")
	String answer(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long meeting,
			@RequestParam(required = false) MeetingAnswer answer, RedirectAttributes flash) {
		try {
			if (answer == null) {
				throw new EcosystemException(null, "ecosystems.meeting.answer-missing");
			}
			this.governance.answer(user, id, meeting, answer);
			flash.addFlashAttribute("message", "ecosystems.meeting.answered");
		}
		catch (EcosystemException ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/ecosystems/" + id + "/meetings/" + meeting;
	}

	@PostMapping("/meetings/{meeting:[0-9]+}/minutes")
	String keepMinutes(@AuthenticationPrincipal CoopexUser user, @PathVariable long id, @PathVariable long meeting,
			@Valid MinutesForm minutesForm, BindingResult result, Model model, RedirectAttributes flash) {
		Actions.requireCoordinator(this.ecosystems, user, id);
		return Actions.submit(result, () -> {
			this.governance.keepMinutes(user, id, meeting, minutesForm.minutesText(), minutesForm.fileName(),
					minutesForm.content());
			flash.addFlashAttribute("message", "ecosystems.meeting.minutes-kept");
			return "redirect:/ecosystems/" + id + "/meetings/" + meeting;
		}, () -> meeting(user, id, meeting, model));
	}

	private String prepareForm(long id, Model model) {
		model.addAttribute("ecosystem", this.ecosystems.summary(id));
		return VIEW_FORM;
	}

}
