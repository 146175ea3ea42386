package fr.coopex.aids;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The de minimis ceiling ({@code coopex.aids.de-minimis.*}): the general ceiling of
 * Commission Regulation (EU) 2023/2831 (in force since 1 January 2024) is EUR 300,000
 * over any period of three years. Both are settings, so that a change of the regulation
 * is a change of configuration; the source is shown beside every total.
 *
 * @param ceiling the most de minimis aid a firm may receive over the period, in euros
 * @param years the length of the rolling period
 * @param source the regulation the ceiling comes from, as shown to firms
 */
@ConfigurationProperties("coopex.aids.de-minimis")
public record DeMinimisProperties(@DefaultValue("300000.00") BigDecimal ceiling, @DefaultValue("3") int years,
		@DefaultValue("Règlement (UE) 2023/2831 de la Commission du 13 décembre 2023, en vigueur depuis le 1er janvier 2024") String source) {

	public DeMinimisProperties {
		if (ceiling == null || ceiling.signum() <= 0) {
			ceiling = new BigDecimal("300000.00");
		}
		if (years < 1) {
			years = 3;
		}
	}

}
