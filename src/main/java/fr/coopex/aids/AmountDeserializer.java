package fr.coopex.aids;

import java.math.BigDecimal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

import fr.coopex.shared.money.Amounts;

/**
 * The amounts of a JSON file: a number or a string, bounded in length and exponent before
 * any arithmetic ({@link Amounts}).
 */
final class AmountDeserializer extends ValueDeserializer<BigDecimal> {

	@Override
	public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
		JsonToken token = parser.currentToken();
		try {
			if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
				return Amounts.parseJson(parser.getString());
			}
			if (token == JsonToken.VALUE_STRING) {
				return Amounts.parse(parser.getString(), null);
			}
		}
		catch (NumberFormatException ex) {
			return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, parser.getString(), "not an amount");
		}
		return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
	}

}
