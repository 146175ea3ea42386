package fr.coopex.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.MethodParameter;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets a cleaned form through only to a handler that validates a form. */
final class FormsOnly implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (request.getDispatcherType() != DispatcherType.REQUEST
				|| request.getAttribute(ControlCharacterFilter.REFUSED_FIELDS) == null) {
			return true;
		}
		if (handler instanceof HandlerMethod method && validatesAForm(method)) {
			return true;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		return false;
	}

	private static boolean validatesAForm(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class)) {
				return true;
			}
		}
		return false;
	}

}
