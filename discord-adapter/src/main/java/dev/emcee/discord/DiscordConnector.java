package dev.emcee.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emcee.core.NetworkFailure;
import dev.emcee.core.connection.PlatformStart;
import java.io.IOException;
import java.time.Clock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/**
 * Starts Emcee on Discord from the settings and the environment, or says in one message why it cannot.
 *
 * <p>The token comes only from {@value #TOKEN_VARIABLE}. Starting never throws for a missing or rejected token or an
 * unreachable API: the launcher prints the refusal and the other platforms keep running.
 */
public final class DiscordConnector {
    /** The environment variable holding the bot token. */
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);

    private final DiscordSettings settings;
    private final DiscordParts parts;

    private DiscordConnector(DiscordParts parts) {
        this.parts = parts;
        this.settings = parts.settings();
    }

    /**
     * Logs in with the token from the parts' environment and starts connecting to the gateway; returns once
     * Discord has accepted the token (the gateway connection continues in the background).
     */
    public static PlatformStart<DiscordConnection> start(DiscordParts parts) {
        return new DiscordConnector(parts).start();
    }

    private PlatformStart<DiscordConnection> start() {
        String token = parts.environment().getOrDefault(TOKEN_VARIABLE, "").strip();
        if (token.isEmpty()) {
            return new PlatformStart.Refused<>("Discord is off: set the environment variable " + TOKEN_VARIABLE
                    + " to your bot's token (Developer Portal → your application → Bot → Reset Token).");
        }
        try {
            MessageContentFallback fallback = new MessageContentFallback(this::connect);
            JDA jda = connect(token, true, fallback);
            DiscordConnection connection = new DiscordConnection(jda, parts.agendas(), "Discord as "
                    + jda.getSelfUser().getName() + " (id " + jda.getSelfUser().getId() + ") at " + apiUrl(settings),
                    settings);
            fallback.attach(connection, token);
            return new PlatformStart.Started<>(connection);
        } catch (InvalidTokenException e) {
            return new PlatformStart.Refused<>("Discord is off: Discord rejected the token in " + TOKEN_VARIABLE
                    + ". Copy it again from the Developer Portal (Bot → Reset Token); it is the bot token, not the "
                    + "client secret or the application id.");
        } catch (RuntimeException e) {
            return new PlatformStart.Refused<>("Discord is off: could not log in at "
                    + settings.restBaseUrl().orElse(RestConfig.DEFAULT_BASE_URL) + " ("
                    + NetworkFailure.reason(e).orElseGet(() -> DiscordFailures.explain(e))
                    + ").");
        }
    }

    /**
     * Checks a bot token with {@code GET users/@me} without logging in (for {@code emcee doctor}).
     *
     * @return accepted (with the bot's name), refused by Discord, Discord unreachable, or an unexpected answer;
     *     each with a message for the operator
     */
    public static TokenCheck checkToken(DiscordSettings settings, String token) {
        String base = apiUrl(settings);
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(CHECK_TIMEOUT).build();
            HttpResponse<String> response = client.send(HttpRequest
                    .newBuilder(URI.create(base + "users/@me"))
                    .header("Authorization", "Bot " + token.strip())
                    .timeout(CHECK_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode me = new ObjectMapper().readTree(response.body());
                return new TokenCheck(TokenCheck.Verdict.ACCEPTED, "bot " + me.path("username").asText("?")
                        + " (id " + me.path("id").asText("?") + ")");
            }
            if (response.statusCode() == 401) {
                return new TokenCheck(TokenCheck.Verdict.REFUSED, "Discord rejected the token in " + TOKEN_VARIABLE
                        + " (401). Copy it again from the Developer Portal (Bot → Reset Token).");
            }
            return new TokenCheck(TokenCheck.Verdict.UNEXPECTED, "Discord at " + base + " answered "
                    + response.statusCode() + " to users/@me; " + TOKEN_VARIABLE + " could not be checked");
        } catch (IOException e) {
            return new TokenCheck(NetworkFailure.reason(e).isPresent() ? TokenCheck.Verdict.UNREACHABLE
                    : TokenCheck.Verdict.UNEXPECTED, "Could not reach Discord at " + base + ": "
                    + NetworkFailure.reason(e).orElse(String.valueOf(e)) + "; " + TOKEN_VARIABLE
                    + " was not checked");
        } catch (IllegalArgumentException e) {
            return new TokenCheck(TokenCheck.Verdict.UNEXPECTED, "discord.api-url " + base + " is not a usable URL ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TokenCheck(TokenCheck.Verdict.UNEXPECTED, "Interrupted while checking " + TOKEN_VARIABLE);
        }
    }

    /** The REST base URL Emcee uses with these settings: {@code discord.api-url}, else Discord's. */
    public static String apiUrl(DiscordSettings settings) {
        return settings.restBaseUrl().orElse(RestConfig.DEFAULT_BASE_URL);
    }

    /** The outcome of {@link #checkToken}. */
    public record TokenCheck(Verdict verdict, String message) {
        /** Whether Discord said yes, said no, could not be reached, or answered something else. */
        public enum Verdict { ACCEPTED, REFUSED, UNREACHABLE, UNEXPECTED }

        /** Whether Discord accepted the token. */
        public boolean accepted() {
            return verdict == Verdict.ACCEPTED;
        }
    }

    /** Builds one JDA connection, with or without the privileged message-content intent. */
    JDA connect(String token, boolean messageContent, MessageContentFallback fallback) {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (messageContent) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        DiscordAnswerRenderer renderer = new DiscordAnswerRenderer(settings.prefix());
        JDABuilder builder = JDABuilder.createLight(token, intents)
                .enableCache(CacheFlag.ROLE_TAGS)
                .setEnableShutdownHook(false)
                .addEventListeners(
                        new DiscordQuestionListener(parts.questions(), parts.agendas(), parts.claims(),
                                new DiscordInquiries(settings.prefix()),
                                renderer,
                                new SlashCommandReplies(settings.replyVisibility(), parts.deferAfter()),
                                new AutocompleteChoices(parts.schedule())),
                        new SlashCommandRegistrar(settings.guild(), settings.prefix()),
                        fallback);
        settings.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gateway().ifPresent(url -> builder
                .setSessionController(new FixedGateway(url))
                .setCompression(Compression.NONE));
        return builder.build();
    }

    /** A session controller that connects to a configured gateway instead of asking Discord for one. */
    private static final class FixedGateway extends SessionControllerAdapter {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
