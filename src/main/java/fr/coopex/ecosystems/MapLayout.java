package fr.coopex.ecosystems;

/**
 * Where the coopetition map draws things: the activities on a ring, the companies of an
 * activity on a small circle around its centre (or one disc per activity on a collapsed
 * map). Coordinates only; the picture itself is the template's.
 */
final class MapLayout {

	private final double size;

	private final int groups;

	private final boolean collapsed;

	MapLayout(double size, int groups, boolean collapsed) {
		this.size = size;
		this.groups = groups;
		this.collapsed = collapsed;
	}

	/** The ring's radius: none for one activity. */
	private double ring() {
		return this.groups <= 1 ? 0 : this.size / 2 - 70;
	}

	double[] groupCentre(int index) {
		double angle = 2 * Math.PI * index / Math.max(1, this.groups) - Math.PI / 2;
		double centre = this.size / 2;
		return new double[] { round(centre + ring() * Math.cos(angle)), round(centre + ring() * Math.sin(angle)) };
	}

	/**
	 * A collapsed activity's disc grows with its members; an open one is the circle its
	 * companies sit on, kept within its share of the ring.
	 */
	double groupRadius(int members) {
		if (this.collapsed) {
			return round(12 + 4 * Math.sqrt(members));
		}
		if (members <= 1) {
			return 0;
		}
		double room = this.groups <= 1 ? this.size / 2 - 60 : Math.PI * ring() / this.groups - 12;
		return round(Math.max(18, Math.min(room, 10 + 7 * members)));
	}

	double[] memberPosition(double[] centre, double radius, int index, int members) {
		double angle = 2 * Math.PI * index / members - Math.PI / 2;
		return new double[] { round(centre[0] + radius * Math.cos(angle)),
				round(centre[1] + radius * Math.sin(angle)) };
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
