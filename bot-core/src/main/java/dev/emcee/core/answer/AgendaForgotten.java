package dev.emcee.core.answer;

/** Everything kept about the asker was deleted ("forget me"). @param bookmarks how many bookmarks were deleted */
public record AgendaForgotten(int bookmarks) implements PersonalAnswer {
    /** "Done: I deleted everything I kept about you (3 bookmarks and your reminder setting)...". */
    public String text() {
        return "Done: I deleted everything I kept about you (" + bookmarks + (bookmarks == 1 ? " bookmark" : " bookmarks")
                + ", your reminder setting and the record of reminders sent). You will get no more reminders.";
    }

    @Override
    public <R> R accept(AnswerVisitor<R> visitor) {
        return visitor.agendaForgotten(this);
    }
}
