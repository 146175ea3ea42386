package fr.coopex.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.Cookie;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A person using the application through MockMvc across several requests: it keeps the
 * cookies (the shared session) as a browser does, and comes from one client address.
 */
public class WebSession {

	private final MockMvc mvc;

	private final String remoteAddress;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public WebSession(MockMvc mvc) {
		this(mvc, "127.0.0.1");
	}

	public WebSession(MockMvc mvc, String remoteAddress) {
		this.mvc = mvc;
		this.remoteAddress = remoteAddress;
	}

	public MvcResult perform(MockHttpServletRequestBuilder builder) throws Exception {
		builder.accept(MediaType.TEXT_HTML).with((request) -> {
			request.setRemoteAddr(this.remoteAddress);
			return request;
		});
		if (!this.cookies.isEmpty()) {
			builder.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = this.mvc.perform(builder).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	public MvcResult get(String url) throws Exception {
		return perform(MockMvcRequestBuilders.get(url));
	}

	/** Posts a form with a valid CSRF token; params are name, value, name, value... */
	public MvcResult post(String url, String... params) throws Exception {
		return post(url, UnaryOperator.identity(), params);
	}

	public MvcResult post(String url, UnaryOperator<MockHttpServletRequestBuilder> customizer, String... params)
			throws Exception {
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.post(url).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			builder.param(params[i], params[i + 1]);
		}
		return perform(customizer.apply(builder));
	}

	/** Posts the sign-in form; returns where it sends the person. */
	public String signIn(String email, String password) throws Exception {
		return post("/login", "username", email, "password", password).getResponse().getRedirectedUrl();
	}

	public String sessionId() {
		Cookie cookie = this.cookies.get("COOPEXSESSION");
		return cookie == null ? null : cookie.getValue();
	}

}
