package fr.coopex.companies;

/**
 * One entry of the NAF rév. 2 classification, with the codes of the levels above it. A
 * code of a level finer than the entry's is {@code null}: a division has no class code; a
 * sub-class has them all. Groups are not carried: no screen filters by them.
 *
 * @param code the INSEE code, e.g. {@code 28.41Z}
 * @param level the level of the entry
 * @param label the INSEE label, in French
 * @param classCode the class, e.g. {@code 28.41} (the entry itself for a class)
 * @param divisionCode the division, e.g. {@code 28} (the entry itself for a division)
 * @param sectionCode the section, e.g. {@code C} (the entry itself for a section)
 */
public record NafEntry(String code, NafLevel level, String label, String classCode, String divisionCode,
		String sectionCode) {

	/** The code and the label, as shown in lists: "28.41Z — Fabrication de ...". */
	public String display() {
		return this.code + " — " + this.label;
	}

	/** Whether this entry is a sub-class, the level a company declares. */
	public boolean isSubclass() {
		return this.level == NafLevel.SUBCLASS;
	}

}
