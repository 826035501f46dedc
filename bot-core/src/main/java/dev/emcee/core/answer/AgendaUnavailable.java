package dev.emcee.core.answer;

/** Personal agendas are turned off here (the operator's {@code agenda.enabled: false}). */
public record AgendaUnavailable() implements PersonalAnswer {
    /** What people are told. */
    public static final String TEXT = "Personal agendas (bookmarks and reminders) are not available here. "
            + "Ask me about the schedule instead, for example \"what's next\".";

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.agendaUnavailable(this);
    }
}
