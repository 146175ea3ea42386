package fr.coopex.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the current request comes from, for throttling and the audit trail. Behind a
 * proxy, set {@code COOPEX_FORWARD_HEADERS=native} so that the client's address is used.
 */
public final class RequestOrigin {

	private RequestOrigin() {
	}

	/**
	 * The client address of the request being served, or {@code null} outside a request.
	 */
	public static String currentAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
