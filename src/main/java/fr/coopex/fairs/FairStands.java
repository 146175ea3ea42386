package fr.coopex.fairs;

import java.util.List;

/**
 * The stands a viewer sees at a fair: those of the ecosystems they are inside of.
 *
 * @param coordinatesAny whether the viewer coordinates an ecosystem, and so may open a
 * stand at a fair still to come
 */
public record FairStands(List<StandSummary> stands, boolean coordinatesAny) {

	static final FairStands NONE = new FairStands(List.of(), false);

}
