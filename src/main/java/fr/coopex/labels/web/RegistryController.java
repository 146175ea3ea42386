package fr.coopex.labels.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelRegistry;
import fr.coopex.labels.LabelRegistry.Filter;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.labels.LabelSchemes;
import fr.coopex.shared.config.CoopexProperties;
import fr.coopex.shared.csv.CsvFile;
import fr.coopex.shared.web.Choice;

/**
 * The public registry of labels, for anyone: the list with its filters, a label's page,
 * its SVG badge and the CSV file. Answers carry an ETag of their content.
 */
@Controller
class RegistryController {

	static final String NUMBER = "{number:CX-[0-9]{4}-[0-9]{6}}";

	private static final String VIEW_LIST = "labels/registry";

	private static final String VIEW_LABEL = "labels/label";

	private final LabelRegistry registry;

	private final LabelSchemes schemes;

	private final LabelChoices choices;

	private final MessageSource messages;

	private final String baseUrl;

	private final ITemplateEngine templates;

	RegistryController(LabelRegistry registry, LabelSchemes schemes, LabelChoices choices, MessageSource messages,
			CoopexProperties properties, ITemplateEngine templates) {
		this.templates = templates;
		this.registry = registry;
		this.schemes = schemes;
		this.choices = choices;
		this.messages = messages;
		this.baseUrl = properties.baseUrl();
	}

	@GetMapping("/labels")
	String list(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String market, @RequestParam(required = false) String agency,
			@RequestParam(required = false) String scheme, Locale locale, Model model) {
		Filter filter = filter(region, sector, market, agency, scheme);
		model.addAttribute("labels", this.registry.search(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("regionChoices", this.choices.regions());
		model.addAttribute("sectorChoices", this.choices.sectors());
		model.addAttribute("marketChoices", this.choices.markets(locale));
		List<LabelEntry> all = this.registry.all();
		model.addAttribute("agencyChoices", Choice.of(
				all.stream().map((e) -> Choice.text(Long.toString(e.agencyId()), e.agencyName())).distinct().toList(),
				Choice::value, Choice::text));
		model.addAttribute("schemeChoices",
				this.schemes.published()
					.stream()
					.map((s) -> Choice.text(Long.toString(s.familyId()), s.name(locale)))
					.toList());
		return VIEW_LIST;
	}

	/** The badge's markup, rendered by the template engine into the SVG file. */
	private static final String VIEW_BADGE = "labels/badge.svg";

	@GetMapping("/labels/" + NUMBER)
	String label(@PathVariable String number, Model model) {
		model.addAttribute("detail", this.registry.detail(number).orElseThrow(LabelException.NotFound::new));
		model.addAttribute("badgeCode", "<a href=\"" + this.baseUrl + "/labels/" + number + "\"><img src=\""
				+ this.baseUrl + "/labels/" + number + "/badge.svg\" alt=\"Coopex " + number + "\"></a>");
		return VIEW_LABEL;
	}

	/** The badge: the scheme, the number and the status, expired or withdrawn said so. */
	@GetMapping(path = "/labels/" + NUMBER + "/badge.svg")
	ResponseEntity<String> badge(@PathVariable String number, Locale locale, WebRequest request) {
		LabelEntry entry = this.registry.entry(number).orElseThrow(LabelException.NotFound::new);
		String status = this.messages.getMessage("labels.public-status." + entry.status(), null, locale);
		String title = this.messages.getMessage("labels.badge.label", null, locale);
		String colour = switch (entry.status()) {
			case VALID -> "#1e7b34";
			case SUSPENDED -> "#8a5a00";
			default -> "#5c636a";
		};
		Context badge = new Context(locale, Map.of("title", title, "number", number, "status", status, "colour", colour,
				"scheme", cut(entry.schemeName(locale), 40)));
		String svg = this.templates.process(VIEW_BADGE, badge);
		String etag = "\"" + Integer.toHexString(svg.hashCode()) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
			.cacheControl(CacheControl.noCache().cachePublic())
			.eTag(etag)
			.body(svg);
	}

	@GetMapping("/labels.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String region,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String market,
			@RequestParam(required = false) String agency, @RequestParam(required = false) String scheme, Locale locale,
			WebRequest request) {
		CsvFile file = CsvFile.of(locale)
			.row(text("labels.col.number", locale), text("labels.col.ecosystem", locale),
					text("labels.col.scheme", locale), text("labels.col.agency", locale),
					text("labels.filter.region", locale), text("labels.col.starts", locale),
					text("labels.col.ends", locale), text("labels.col.status", locale));
		for (LabelEntry e : this.registry.search(filter(region, sector, market, agency, scheme))) {
			file.row(e.number(), e.ecosystemName(), e.schemeName(locale) + " v" + e.schemeVersion(), e.agencyName(),
					String.join(" ", e.regions()), e.startsOn(), e.endsOn(), e.status().name());
		}
		byte[] bytes = file.toBytes();
		String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CsvFile.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("labels-coopex.csv").build().toString())
			.eTag(etag)
			.body(bytes);
	}

	static Filter filter(String region, String sector, String market, String agency, String scheme) {
		return new Filter(blank(region), blank(sector), blank(market), number(agency), number(scheme));
	}

	private static String blank(String value) {
		return (value == null || value.isBlank() || value.length() > 40) ? null : value.strip();
	}

	private static Long number(String value) {
		String clean = blank(value);
		return (clean == null || !clean.matches("[0-9]{1,18}")) ? null : Long.valueOf(clean);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

}
