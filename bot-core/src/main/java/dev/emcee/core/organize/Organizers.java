package dev.emcee.core.organize;

import dev.emcee.core.platform.Platform;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may run the conference from the chat: per platform, user ids and group ids (Slack user groups, Discord roles).
 * The operator at the local console is always an organizer.
 *
 * @param users per platform, the ids of organizers
 * @param groups per platform, the ids of groups whose members are organizers
 */
public record Organizers(Map<Platform, Set<String>> users, Map<Platform, Set<String>> groups) {
    public Organizers {
        users = copy(users);
        groups = copy(groups);
    }

    private static Map<Platform, Set<String>> copy(Map<Platform, Set<String>> byPlatform) {
        Objects.requireNonNull(byPlatform, "byPlatform");
        return Map.copyOf(byPlatform.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))));
    }

    /** Nobody but the console's operator. */
    public static Organizers consoleOnly() {
        return new Organizers(Map.of(), Map.of());
    }

    /** Whether the person {@code userId} on {@code platform}, a member of {@code memberOf}, is an organizer. */
    public boolean includes(Platform platform, String userId, Set<String> memberOf) {
        if (platform == Platform.CONSOLE) {
            return true;
        }
        if (userId != null && !userId.isBlank() && users.getOrDefault(platform, Set.of()).contains(userId)) {
            return true;
        }
        Set<String> organizing = groups.getOrDefault(platform, Set.of());
        return memberOf.stream().anyMatch(organizing::contains);
    }

    /** The group ids of {@code platform} whose members are organizers (for adapters that must look membership up). */
    public Set<String> groupsOn(Platform platform) {
        return groups.getOrDefault(platform, Set.of());
    }
}
