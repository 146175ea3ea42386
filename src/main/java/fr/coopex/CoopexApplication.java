package fr.coopex;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Coopex: coopetitive export ecosystems for French SMEs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoopexApplication {

	public static void main(String[] args) {
		SpringApplication.run(CoopexApplication.class, args);
	}

}
