package dev.emcee.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

/** The network failures an operator fixes in the network, each told apart from the rest. */
class NetworkFailureTest {
    @Test
    void aNameThatDoesNotResolveIsDns() {
        assertThat(NetworkFailure.reason(new UnknownHostException("slack.invalid")))
                .hasValue("the host name does not resolve (DNS): slack.invalid");
        // What Java's HttpClient throws for an unknown host: two ConnectExceptions without a message, then the cause.
        ConnectException inner = new ConnectException();
        inner.initCause(new UnresolvedAddressException());
        ConnectException javaHttpClient = new ConnectException();
        javaHttpClient.initCause(inner);
        assertThat(NetworkFailure.reason(javaHttpClient)).hasValue("the host name does not resolve (DNS)");
    }

    @Test
    void aClosedPortIsARefusedConnectionEvenWithoutAMessage() {
        assertThat(NetworkFailure.reason(new ConnectException())).hasValue("the connection was refused");
        assertThat(NetworkFailure.reason(new IOException(new ConnectException("Connection refused"))))
                .hasValue("the connection was refused");
    }

    @Test
    void noAnswerInTimeIsATimeout() {
        assertThat(NetworkFailure.reason(new SocketTimeoutException("Read timed out")))
                .hasValue("no answer in time (timeout)");
        assertThat(NetworkFailure.reason(new HttpConnectTimeoutException("HTTP connect timed out")))
                .hasValue("no answer in time (timeout)");
    }

    @Test
    void anythingElseIsNotANetworkFailure() {
        assertThat(NetworkFailure.reason(new IOException("Unexpected character ('<' (code 60))"))).isEmpty();
        assertThat(NetworkFailure.reason(new IllegalStateException("boom"))).isEmpty();
    }
}
