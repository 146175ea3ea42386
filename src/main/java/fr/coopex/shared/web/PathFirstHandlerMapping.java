package fr.coopex.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds a request's controller method by its path first. A path with a variable in it
 * ({@code /pools/1}) has no direct match, so Spring MVC tries every mapping of the
 * application in turn, and checks the method, CORS pre-flight, parameters, headers and
 * media types of each before its path; each check asks the request through every wrapper
 * the filters put around it. Nearly every mapping is ruled out by its path, so trying the
 * path first gives the same match for far less work.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths != null && paths.getMatchingCondition(request) == null) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * The request as the lookup sees it: its parsed path and method read once through the
	 * wrappers; everything else, attributes set included, goes to the request.
	 */
	private static final class ReadOnce extends HttpServletRequestWrapper {

		private final Object path;

		private final String method;

		ReadOnce(HttpServletRequest request) {
			super(request);
			this.path = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
			this.method = request.getMethod();
		}

		@Override
		public Object getAttribute(String name) {
			return (this.path != null && ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) ? this.path
					: super.getAttribute(name);
		}

		@Override
		public String getMethod() {
			return this.method;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations pathFirstHandlerMapping() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PathFirstHandlerMapping();
				}
			};
		}

	}

}
