package fr.coopex.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Pages and downloads keyed by a version answer {@code 304 Not Modified} before they are
 * rendered: {@code if (Versioned.page(request, response, model, version)) return null;}.
 * <p>
 * The ETag is a digest of the version and of everything else the response depends on
 * beyond its URL: the language, and for a page its frame (who is looking, their unread
 * notifications, their session, whose CSRF token the page's forms carry) and whether htmx
 * asked for a part. A page showing a flash message is always rendered. Responses are
 * marked {@code private, no-cache}: the browser keeps them and asks again each time.
 */
public final class Versioned {

	private static final String SEPARATOR = "\u001f";

	private Versioned() {
	}

	/**
	 * Whether the browser's copy of this page is current (the response is then a 304);
	 * otherwise the ETag is set and the page is to be rendered.
	 * @param version what the page's content depends on, beyond the URL and the viewer
	 */
	public static boolean page(HttpServletRequest request, HttpServletResponse response, Model model,
			Object... version) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null && !flash.isEmpty()) {
			return false;
		}
		HttpSession session = request.getSession(false);
		StringBuilder parts = new StringBuilder("page");
		append(parts, RequestContextUtils.getLocale(request));
		append(parts, model.getAttribute("viewer"));
		append(parts, model.getAttribute("unreadNotifications"));
		append(parts, (session != null) ? session.getId() : null);
		append(parts, request.getHeader("HX-Request"));
		append(parts, request.getHeader("HX-History-Restore-Request"));
		for (Object part : version) {
			append(parts, part);
		}
		return check(request, response, parts);
	}

	/**
	 * Whether the browser's copy of this download is current (the response is then a
	 * 304); otherwise the ETag is set and the file is to be written.
	 * @param version what the file depends on, beyond the URL and the language
	 */
	public static boolean download(HttpServletRequest request, HttpServletResponse response, Object... version) {
		StringBuilder parts = new StringBuilder("download");
		append(parts, RequestContextUtils.getLocale(request));
		for (Object part : version) {
			append(parts, part);
		}
		return check(request, response, parts);
	}

	private static boolean check(HttpServletRequest request, HttpServletResponse response, CharSequence parts) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		return new ServletWebRequest(request, response).checkNotModified(digest(parts));
	}

	private static void append(StringBuilder parts, Object part) {
		parts.append(SEPARATOR).append(part);
	}

	static String digest(CharSequence parts) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(parts.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
