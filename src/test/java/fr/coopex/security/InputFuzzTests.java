package fr.coopex.security;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponentsBuilder;

import fr.coopex.security.AuthorizationMatrixTests.Row;
import fr.coopex.security.AuthorizationMatrixTests.Who;
import fr.coopex.shared.security.CoopexUser;
import fr.coopex.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input at every door: each form field and query parameter of every row of the
 * authorisation matrix (its query parameters, and the fields its controller method binds)
 * gets control characters, a 10,000-character text, huge numbers and dates out of any
 * range, one at a time, sent by someone allowed through (the first of the matrix's people
 * whom the row lets in, else the ecosystem's leader, member or coordinator). No answer is
 * a server error, and nothing of it is stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputFuzzTests {

	/** A marker in every text payload, looked for in the database afterwards. */
	static final String MARK = "FUZZMARK";

	/**
	 * The long text (10,000 characters): a field that takes long texts (a charter) may
	 * keep it, and one that quotes it (a refusal reason, a notice) keeps its first part;
	 * what it must never give is a server error, which the run checks. So it carries a
	 * mark of its own, not looked for in the database.
	 */
	static final String LONG = "LONGTEXT".repeat(1250);

	static final List<String> PAYLOADS = List.of(MARK + "\u0000nul", MARK + "\u0001\u007F\u0085ctl", LONG,
			"1e999999999", "1e3000000", "-99999999999999999999999999999999999999", "9999-12-31", "0001-01-01",
			"+999999999-12-31");

	@Autowired
	MockMvc mvc;

	@Autowired
	AutowireCapableBeanFactory beans;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The matrix and its world: its people, its ecosystem, stand, mission, pool, aids.
	 */
	AuthorizationMatrixTests matrix;

	@BeforeAll
	void buildTheMatrixWorld() {
		this.matrix = new AuthorizationMatrixTests();
		this.beans.autowireBean(this.matrix);
		this.matrix.createOnePersonPerRoleAndAnEcosystem();
	}

	@Test
	void noBadInputGivesAServerErrorOrIsStored() throws Exception {
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Row row : AuthorizationMatrixTests.MATRIX) {
			if (row.url().startsWith("/logout") || row.url().startsWith("/actuator")) {
				continue;
			}
			String url = resolve(row.url());
			String path = UriComponentsBuilder.fromUriString(url).build().getPath();
			Map<String, String> baseline = new LinkedHashMap<>();
			UriComponentsBuilder.fromUriString(url)
				.build()
				.getQueryParams()
				.forEach((name, values) -> baseline.put(name, values.get(0)));
			Set<String> fields = new LinkedHashSet<>(baseline.keySet());
			fields.addAll(fieldsOf(row.method(), path));
			fields.remove("_csrf");
			List<Persona> personas = personas(row);
			Persona chosen = null;
			for (String field : fields) {
				for (String payload : PAYLOADS) {
					Map<String, String> params = new LinkedHashMap<>(baseline);
					params.put(field, payload);
					for (Persona persona : (chosen != null) ? List.of(chosen) : personas) {
						String label = row.method() + " " + path + " " + field + "=" + shown(payload) + " as "
								+ persona.name();
						MockHttpServletResponse response;
						try {
							response = send(row.method(), path, params, persona.user());
						}
						catch (Exception ex) {
							failures.add(label + " -> " + ex);
							break;
						}
						sent++;
						if (response.getStatus() >= 500) {
							failures.add(label + " -> " + response.getStatus());
						}
						if (chosen == null && !shutOut(response)) {
							chosen = persona;
						}
						if (chosen != null) {
							break;
						}
					}
				}
			}
		}
		assertThat(sent).isGreaterThan(1000);
		assertThat(failures).as("server errors out of %d requests", sent).isEmpty();
		assertThat(storedMarks()).as("bad input stored").isEmpty();
	}

	record Persona(String name, CoopexUser user) {
	}

	/**
	 * Who sends a row's bad input: the matrix's people whom it lets in, then the
	 * ecosystem's insiders, who reach its stands, missions, pools and console.
	 */
	private List<Persona> personas(Row row) {
		List<Persona> personas = new ArrayList<>();
		for (Who who : Who.values()) {
			int expected = row.expected(who);
			if (expected != AuthorizationMatrixTests.LOGIN && expected != 403 && expected != 404) {
				personas.add(new Persona(who.name(), (who == Who.ANONYMOUS) ? null : this.matrix.users.get(who)));
			}
		}
		personas.add(new Persona("leader", this.matrix.leader));
		personas.add(new Persona("insider", this.matrix.insider));
		personas.add(new Persona("ecosystem coordinator", this.matrix.ecosystemCoordinator));
		return personas;
	}

	private static boolean shutOut(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		return status == 403 || status == 404 || (status == 302 && location != null && location.endsWith("/login"));
	}

	private MockHttpServletResponse send(HttpMethod method, String path, Map<String, String> params, CoopexUser who)
			throws Exception {
		MockHttpServletRequestBuilder request = request(method, path).accept(MediaType.TEXT_HTML);
		if (method != HttpMethod.GET) {
			request = request.with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		for (Map.Entry<String, String> param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		if (who != null) {
			request = request.with(user(who));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * The fields the controller method of a path binds: its request parameters and the
	 * properties of its form object.
	 */
	private Set<String> fieldsOf(HttpMethod method, String path) throws Exception {
		Set<String> fields = new LinkedHashSet<>();
		MockHttpServletRequest probe = new MockHttpServletRequest(method.name(), path);
		ServletRequestPathUtils.parseAndCache(probe);
		HandlerExecutionChain chain;
		try {
			chain = this.mappings.getHandler(probe);
		}
		catch (Exception methodNotMapped) {
			return fields;
		}
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
			return fields;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
					|| Errors.class.isAssignableFrom(type) || type.getName().startsWith("org.springframework.")
					|| type.getName().startsWith("jakarta.") || type.getName().startsWith("java.util.Locale")
					|| type == CoopexUser.class) {
				continue;
			}
			if (param != null || BeanUtils.isSimpleProperty(type)) {
				String name = (param != null && !param.name().isEmpty()) ? param.name()
						: (param != null && !param.value().isEmpty()) ? param.value() : parameter.getParameterName();
				if (name != null) {
					fields.add(name);
				}
				continue;
			}
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					fields.add(property.getName());
				}
			}
		}
		return fields;
	}

	/** Where a text payload got into the database, or a date out of any range. */
	private List<String> storedMarks() {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc
			.queryForList("select table_name, column_name, data_type from information_schema.columns "
					+ "where table_schema = current_schema() and data_type in "
					+ "('text', 'character varying', 'date', 'timestamp with time zone', 'timestamp without time zone')");
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean text = ((String) column.get("data_type")).contains("char")
					|| "text".equals(column.get("data_type"));
			String condition = text ? "\"" + name + "\" like '%" + MARK + "%'"
					: "\"" + name + "\" > date '2200-01-01' or \"" + name + "\" < date '1800-01-01'";
			Integer count = this.jdbc.queryForObject("select count(*) from \"" + table + "\" where " + condition,
					Integer.class);
			if (count != null && count > 0) {
				found.add(table + "." + name + ": " + count);
			}
		}
		return found;
	}

	private String resolve(String url) {
		String resolved = url;
		for (Map.Entry<String, String> placeholder : this.matrix.placeholders.entrySet()) {
			resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
		}
		return resolved;
	}

	private static String shown(String payload) {
		String visible = payload.length() > 40 ? payload.substring(0, 40) + "…(" + payload.length() + ")" : payload;
		StringBuilder out = new StringBuilder();
		visible.codePoints()
			.forEach(
					(c) -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return out.toString();
	}

}
