package dev.emcee.core;

import dev.emcee.core.answer.Answer;

/**
 * What adapters call when someone clicks a bookmark button on a session card. Never throws; the answer (usually a
 * {@link dev.emcee.core.answer.BookmarkChange}) is for the person who clicked only.
 */
@FunctionalInterface
public interface BookmarkHandler {
    Answer bookmark(BookmarkClick click);
}
