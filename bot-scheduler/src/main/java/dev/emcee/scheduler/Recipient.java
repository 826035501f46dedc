package dev.emcee.scheduler;

import dev.emcee.core.agenda.AgendaUser;
import dev.emcee.core.announce.Route;
import dev.emcee.core.platform.Platform;

/** Who receives a delivery: a channel of a platform, a person on it, or its events list. */
sealed interface Recipient {
    /** The platform. */
    Platform platform();

    /** The channel id or the person's user id on that platform. */
    String id();

    /** A channel, by its route. */
    record Channel(Route route) implements Recipient {
        @Override
        public Platform platform() {
            return route.platform();
        }

        @Override
        public String id() {
            return route.channel();
        }
    }

    /** A person, by direct message. */
    record Person(AgendaUser user) implements Recipient {
        @Override
        public Platform platform() {
            return user.platform();
        }

        @Override
        public String id() {
            return user.userId();
        }
    }

    /** A platform's events list, by its place ({@code discord guild 123}). */
    record EventsList(Platform platform, String place) implements Recipient {
        @Override
        public String id() {
            return place;
        }
    }
}
