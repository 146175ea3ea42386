package fr.coopex.ecosystems;

import java.util.List;

/**
 * What the modules that share an ecosystem's things (stands, missions) tell of the work
 * companies did together there, for the activities that fit together
 * ({@link ActivityFits}): one group per confirmed stand (its exhibitors) or per mission
 * whose participants are set (closed or done). Read-only; whatever the group, only
 * classes are ever counted from it.
 */
public interface SharedWork {

	/** Every company's part in every such group of the platform. */
	List<Participant> participants();

	/**
	 * A company that took part in a group of an ecosystem; {@code group} names the group
	 * uniquely across modules (for example {@code stand:12}).
	 */
	record Participant(long ecosystemId, String group, long companyId) {
	}

}
