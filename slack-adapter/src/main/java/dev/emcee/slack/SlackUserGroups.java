package dev.emcee.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the organizers' Slack user groups a person is in, from {@code usergroups.users.list} (scope
 * {@code usergroups:read}); each group's members are asked for at most every {@link #FRESH_FOR}, so a question costs
 * no API call, and a change of membership counts within that time. A group that cannot be read counts as empty (and
 * is logged), so that nobody becomes an organizer by an error.
 */
final class SlackUserGroups {
    /** How long a group's member list is used before it is asked for again. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(SlackUserGroups.class);

    private final MethodsClient methods;
    private final Set<String> groups;
    private final Cache<String, Set<String>> members = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();

    SlackUserGroups(MethodsClient methods, Set<String> groups) {
        this.methods = methods;
        this.groups = Set.copyOf(groups);
    }

    /** The organizers' groups {@code userId} is a member of; none when no group is configured. */
    Set<String> groupsOf(String userId) {
        if (groups.isEmpty() || userId == null || userId.isBlank()) {
            return Set.of();
        }
        Set<String> in = new HashSet<>();
        for (String group : groups) {
            if (members.get(group, this::membersOf).contains(userId)) {
                in.add(group);
            }
        }
        return in;
    }

    private Set<String> membersOf(String group) {
        try {
            UsergroupsUsersListResponse response = methods.usergroupsUsersList(r -> r.usergroup(group));
            if (response.isOk()) {
                List<String> users = response.getUsers();
                return users == null ? Set.of() : Set.copyOf(users);
            }
            LOG.warn("Could not read the members of the Slack user group {} (organizers.slack.groups): {}; give the "
                    + "app the usergroups:read scope", group, response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.warn("Could not read the members of the Slack user group {} (organizers.slack.groups): {}", group,
                    e.getMessage());
        }
        return Set.of();
    }
}
