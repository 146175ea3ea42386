package fr.coopex.ecosystems;

/**
 * A person's answer to a meeting invitation. A company attends when one of its people
 * answered yes; it may attend when none did but one answered maybe.
 */
public enum MeetingAnswer {

	YES, MAYBE, NO

}
