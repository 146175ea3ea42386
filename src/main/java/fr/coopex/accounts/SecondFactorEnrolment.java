package fr.coopex.accounts;

/**
 * A secret proposed to a person, not saved until they prove their app holds it.
 *
 * @param secret Base32 secret, to type in by hand
 * @param uri the otpauth URI
 * @param qrSvg the URI drawn as an SVG QR code
 */
public record SecondFactorEnrolment(String secret, String uri, String qrSvg) {
}
