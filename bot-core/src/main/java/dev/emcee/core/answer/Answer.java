package dev.emcee.core.answer;

/**
 * What Emcee says in reply to a question, as a platform-neutral value.
 *
 * <p>The set of kinds is closed. Every renderer (plain text here; Block Kit and embeds in the adapters) implements
 * {@link AnswerVisitor}, so a new kind of answer does not compile until every platform renders it.
 */
public sealed interface Answer
        permits UpNext, OnNow, SessionListing, PersonProfile, PeopleListing, NameListing, ConferenceOverview,
        HelpAnswer, ShortReply, Clarification, NoMatch, SlowDown, PersonalAnswer,
        FaqAnswer, OrganizerReply {

    /** Dispatches to the visitor method for this kind of answer. */
    <R> R accept(AnswerVisitor<R> visitor);
}
