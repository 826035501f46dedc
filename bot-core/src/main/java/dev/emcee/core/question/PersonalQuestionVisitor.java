package dev.emcee.core.question;

/** One method per kind of {@link Question.Personal}, so that no kind of agenda question can be forgotten. */
public interface PersonalQuestionVisitor<R> {
    R bookmark(Question.Bookmark question);

    R unbookmark(Question.Unbookmark question);

    R myAgenda(Question.MyAgenda question);

    R reminderLead(Question.ReminderLead question);

    R forgetMe(Question.ForgetMe question);

    R unclearSession(Question.UnclearSession question);
}
