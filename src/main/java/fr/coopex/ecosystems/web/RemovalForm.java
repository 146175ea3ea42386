package fr.coopex.ecosystems.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a coordinator removes a member company: the company is told. */
record RemovalForm(@NotBlank @Size(max = 1000) String reason) {

	static RemovalForm empty() {
		return new RemovalForm(null);
	}

}
