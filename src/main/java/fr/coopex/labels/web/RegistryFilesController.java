package fr.coopex.labels.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.coopex.labels.LabelException;
import fr.coopex.labels.LabelRegistry;
import fr.coopex.labels.LabelRegistry.LabelEntry;
import fr.coopex.shared.csv.CsvFile;

/**
 * Serves the public registry's files to anyone, each with an ETag of its content: a
 * label's SVG badge and the CSV file of the list.
 */
@Controller
class RegistryFilesController {

	/** The badge's markup, rendered by the template engine into the SVG file. */
	private static final String VIEW_BADGE = "labels/badge.svg";

	private final LabelRegistry registry;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	RegistryFilesController(LabelRegistry registry, MessageSource messages, ITemplateEngine templates) {
		this.registry = registry;
		this.messages = messages;
		this.templates = templates;
	}

	/** The badge: the scheme, the number and the status, expired or withdrawn said so. */
	@GetMapping(path = "/labels/" + RegistryController.NUMBER + "/badge.svg")
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
		for (LabelEntry e : this.registry.search(RegistryController.filter(region, sector, market, agency, scheme))) {
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

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
