package dev.emcee.core.connection;

import dev.emcee.core.BookmarkHandler;
import java.util.Objects;
import java.util.Optional;

/** Whether personal agendas are on for a platform, and then what its bookmark buttons do. */
public sealed interface Agendas {
    /** Personal agendas are off: no bookmark buttons anywhere. */
    record Off() implements Agendas {
    }

    /** Personal agendas are on: session cards carry bookmark buttons, handled by {@code handler}. */
    record On(BookmarkHandler handler) implements Agendas {
        public On {
            Objects.requireNonNull(handler, "handler");
        }
    }

    static Agendas off() {
        return new Off();
    }

    static Agendas on(BookmarkHandler bookmarks) {
        return new On(bookmarks);
    }

    /** Whether agendas are on (bookmark buttons are shown). */
    default boolean enabled() {
        return this instanceof On;
    }

    /** The bookmark handler when agendas are on. */
    default Optional<BookmarkHandler> bookmarks() {
        return this instanceof On on ? Optional.of(on.handler()) : Optional.empty();
    }
}
