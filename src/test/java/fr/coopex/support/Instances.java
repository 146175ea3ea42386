package fr.coopex.support;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import fr.coopex.CoopexApplication;

/**
 * Starts a whole Coopex application in the test JVM, on a random port, with the given
 * properties taking precedence over everything else.
 */
public final class Instances {

	private Instances() {
	}

	public static ConfigurableApplicationContext start(Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("server.port", "0");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("coopexInstance", all));
		return new SpringApplicationBuilder(CoopexApplication.class).environment(environment).run();
	}

	public static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
