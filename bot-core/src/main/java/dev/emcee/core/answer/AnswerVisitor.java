package dev.emcee.core.answer;

/** One method per kind of {@link Answer}; renderers implement it so that no kind can be forgotten. */
public interface AnswerVisitor<R> {
    R upNext(UpNext answer);

    R onNow(OnNow answer);

    R sessionListing(SessionListing answer);

    R personProfile(PersonProfile answer);

    R peopleListing(PeopleListing answer);

    R nameListing(NameListing answer);

    R conferenceOverview(ConferenceOverview answer);

    R help(HelpAnswer answer);

    R shortReply(ShortReply answer);

    R clarification(Clarification answer);

    R noMatch(NoMatch answer);

    R slowDown(SlowDown answer);

    R bookmarkChange(BookmarkChange answer);

    R personalAgenda(PersonalAgenda answer);

    R reminderLeadSet(ReminderLeadSet answer);

    R agendaForgotten(AgendaForgotten answer);

    R agendaUnavailable(AgendaUnavailable answer);

    R faq(FaqAnswer answer);

    R organizerReply(OrganizerReply answer);
}
