package dev.emcee.core.question;

/**
 * One method per kind of {@link Question}, so that no kind can be forgotten: a new kind that some answerer does not
 * handle fails to compile. The personal kinds arrive together at {@link #personal}; {@link PersonalQuestionVisitor}
 * tells them apart.
 */
public interface QuestionVisitor<R> {
    R next(Question.Next question);

    R now(Question.Now question);

    R at(Question.At question);

    R agenda(Question.Agenda question);

    R pick(Question.Pick question);

    R aboutPerson(Question.AboutPerson question);

    R titled(Question.Titled question);

    R search(Question.Search question);

    R fromCompany(Question.FromCompany question);

    R unknownPerson(Question.UnknownPerson question);

    R unknownRoom(Question.UnknownRoom question);

    R atLevel(Question.AtLevel question);

    R topRated(Question.TopRated question);

    R trackHosts(Question.TrackHosts question);

    R listRooms(Question.ListRooms question);

    R listSpeakers(Question.ListSpeakers question);

    R listTracks(Question.ListTracks question);

    R aboutConference(Question.AboutConference question);

    R conferenceFact(Question.ConferenceFact question);

    R smallTalk(Question.SmallTalk question);

    R notOnSchedule(Question.NotOnSchedule question);

    R after(Question.After question);

    R help(Question.Help question);

    R ambiguous(Question.Ambiguous question);

    R notUnderstood(Question.NotUnderstood question);

    /** A question about the asker's own agenda, of any personal kind. */
    R personal(Question.Personal question);
}
