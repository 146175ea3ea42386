package fr.coopex.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload larger than the application's limit ({@code spring.servlet.multipart.
 * max-request-size}) is not read: the person is sent back to the page of the form, which
 * says why ({@code upload.too-large}), instead of meeting the server's bare 413 or a
 * refused CSRF token (the token is in the body that is not read).
 */
public class UploadLimitFilter extends OncePerRequestFilter {

	/** The flash attribute that the layout shows as an error. */
	static final String MESSAGE = "upload.too-large";

	/** The aids import reads CSV and JSON files of 5 MB at most: its requests, 6 MB. */
	static final String CATALOGUE_IMPORT = "/aids/manage/import";

	static final DataSize CATALOGUE_IMPORT_LIMIT = DataSize.ofMegabytes(6);

	private final DataSize limit;

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	/**
	 * @param limit the largest request of any form (the label documents of 10 MB); the
	 * aids import has its own smaller limit
	 */
	public UploadLimitFilter(DataSize limit) {
		this.limit = limit;
	}

	private DataSize limitOf(HttpServletRequest request) {
		return request.getRequestURI().startsWith(CATALOGUE_IMPORT) && CATALOGUE_IMPORT_LIMIT.compareTo(this.limit) < 0
				? CATALOGUE_IMPORT_LIMIT : this.limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		DataSize limit = limitOf(request);
		if (type == null || !type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				|| request.getContentLengthLong() <= limit.toBytes()) {
			chain.doFilter(request, response);
			return;
		}
		FlashMap message = new FlashMap();
		message.put("error", MESSAGE);
		message.put("errorArguments", List.of(Long.toString(limit.toMegabytes())));
		message.setTargetRequestPath(request.getRequestURI());
		if (request.getSession(false) != null) {
			this.flash.saveOutputFlashMap(message, request, response);
		}
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", request.getRequestURI() + "?upload=too-large");
	}

}
