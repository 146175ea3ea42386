package fr.coopex.aids.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import fr.coopex.aids.ManualAid;
import fr.coopex.shared.validation.DateWindow;

/** A de minimis aid received outside Coopex, as a firm enters it in its register. */
record ManualAidForm(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String grantingBody,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @DateWindow(yearsBefore = 20,
				yearsAfter = 1) LocalDate grantedOn,
		@NotNull @DecimalMin("0.01") @DecimalMax("10000000.00") @Digits(integer = 12, fraction = 2) BigDecimal amount) {

	static ManualAidForm empty() {
		return new ManualAidForm(null, null, null, null);
	}

	ManualAid toManualAid() {
		return new ManualAid(this.name, this.grantingBody, this.grantedOn, this.amount);
	}

}
