package fr.coopex.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that fails, present only in tests, to check what a person sees on a server
 * error.
 */
@Controller
class FailingController {

	@GetMapping("/test-support/failure")
	String fail() {
		throw new IllegalStateException("secret internal detail that must not leak");
	}

}
