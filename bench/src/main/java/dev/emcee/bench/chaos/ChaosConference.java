package dev.emcee.bench.chaos;

import dev.emcee.bench.chaos.ChaosPlan.PlannedSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The operator's folder of a chaos run: {@code emcee.yaml} (announcements one minute ahead to one Slack and one
 * Discord channel per room, no digest, no change notices, no rate limit on questions, the server's Scheduled
 * Events kept) and the schedule
 * {@code chaos.yaml} in Emcee's YAML, rewritten in place when the plan edits it (instances check files every 2 s).
 */
final class ChaosConference {
    private final Path folder;
    private final Instant start;

    /** @param start the run's start, from which the plan's moments count */
    ChaosConference(Path folder, Instant start) {
        this.folder = folder;
        this.start = start;
    }

    Path folder() {
        return folder;
    }

    /** Writes {@code emcee.yaml} and the schedule. */
    void write(List<PlannedSession> sessions) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("emcee.yaml"), settings());
        writeSchedule(sessions);
    }

    /** Replaces the schedule with {@code sessions}, atomically, so that no instance reads half a file. */
    void writeSchedule(List<PlannedSession> sessions) throws IOException {
        Path next = folder.resolve("chaos.yaml.next");
        Files.writeString(next, schedule(sessions));
        Files.move(next, folder.resolve("chaos.yaml"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The Slack channel a room's announcements go to. */
    static String slackChannel(String room) {
        return "C0CHAOS" + room.toUpperCase(java.util.Locale.ROOT);
    }

    private static String settings() {
        List<String> rooms = DiscordPayloads.allRooms();
        String slack = rooms.stream().map(r -> r + ": " + slackChannel(r)).collect(Collectors.joining(", "));
        String discord = rooms.stream().map(r -> r + ": \"" + DiscordPayloads.roomChannel(r) + "\"")
                .collect(Collectors.joining(", "));
        return """
                # Written by bench/chaos for one run.
                schedule:
                  files: [chaos.yaml]
                questions:
                  rate-limit-per-minute: 0
                discord:
                  guild-id: "%s"
                  scheduled-events: {enabled: true}
                announcements:
                  leads: [%ds]
                  change-notices: false
                  channels:
                    slack:
                      rooms: {%s}
                    discord:
                      rooms: {%s}
                """.formatted(DiscordPayloads.GUILD_ID, ChaosPlan.LEAD_MS / 1000, slack, discord);
    }

    private String schedule(List<PlannedSession> sessions) {
        StringBuilder yaml = new StringBuilder("""
                conference:
                  name: Chaos Conf
                  zone: UTC
                rooms:
                """);
        DiscordPayloads.allRooms().forEach(r -> yaml.append("  - {id: ").append(r).append(", name: Room ")
                .append(r).append("}\n"));
        yaml.append("sessions:\n");
        for (PlannedSession session : sessions) {
            Instant begins = start.plusMillis(session.startMs()).truncatedTo(ChronoUnit.SECONDS);
            yaml.append("  - id: ").append(session.id()).append('\n')
                    .append("    title: \"").append(session.title()).append("\"\n")
                    .append("    start: \"").append(begins).append("\"\n")
                    .append("    end: \"").append(begins.plusMillis(ChaosPlan.SESSION_MS)).append("\"\n")
                    .append("    room: ").append(session.room()).append('\n');
        }
        return yaml.toString();
    }
}
