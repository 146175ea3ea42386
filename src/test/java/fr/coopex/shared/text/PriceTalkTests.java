package fr.coopex.shared.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriceTalkTests {

	private final PriceTalk priceTalk = new PriceTalk();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Nos TARIFS 2027 sont en hausse de 4 %|tarifs",
			"On pourrait aligner nos marges sur le salon|marges", "Une remise de 10 % pour le client Dupont|remise",
			"Envoyez-moi vos devis avant vendredi|devis", "Our prices will go up in March|prices",
			"We could agree on a common discount|discount", "Send me your quotation|quotation",
			"Le barème appliqué par chacun|barème", "Le prix de vente conseillé|prix de vente" })
	void findsPriceTalkInFrenchAndEnglish(String text, String word) {
		assertThat(this.priceTalk.mentions(text)).contains(word);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rendez-vous sur le stand B12 à 9 h", "The booth is shared by four firms",
			"Le salon ouvre le 3 mars à Düsseldorf", "" })
	void staysQuietOnOrdinaryText(String text) {
		assertThat(this.priceTalk.mentions(text)).isEmpty();
	}

	@Test
	void readsTheListKeptAsDataWithBothLanguages() {
		assertThat(this.priceTalk.words()).contains("prix", "tarif", "marge", "remise", "devis", "price", "margin",
				"discount", "quote");
		assertThat(this.priceTalk.mentions(null)).isEmpty();
	}

}
