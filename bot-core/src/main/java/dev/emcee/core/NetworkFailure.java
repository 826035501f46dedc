package dev.emcee.core;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Says in a few words why a platform's API could not be reached (the name does not resolve, the connection was
 * refused, no answer in time), so that an operator fixes the network and not a token that was never checked.
 */
public final class NetworkFailure {
    private NetworkFailure() {
    }

    /**
     * The reason, when {@code failure} (or one of its causes) is a failure to reach the other side; empty for
     * anything else, such as an answer that could not be read.
     */
    public static Optional<String> reason(Throwable failure) {
        // A name that does not resolve hides under ConnectExceptions in Java's HttpClient: look for it first.
        for (Throwable t : chain(failure)) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return Optional.of("the host name does not resolve (DNS)" + detail(t));
            }
        }
        for (Throwable t : chain(failure)) {
            Optional<String> reason = reasonOf(t);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Optional<String> reasonOf(Throwable t) {
        if (t instanceof NoRouteToHostException) {
            return Optional.of("no route to the host" + detail(t));
        }
        if (t instanceof ConnectException) {
            return Optional.of("the connection was refused");
        }
        if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
            return Optional.of("no answer in time (timeout)");
        }
        if (t instanceof SSLException) {
            return Optional.of("the TLS handshake failed" + detail(t));
        }
        if (t instanceof IOException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("timeout")) {
            return Optional.of("no answer in time (timeout)");
        }
        return Optional.empty();
    }

    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage();
    }
}
