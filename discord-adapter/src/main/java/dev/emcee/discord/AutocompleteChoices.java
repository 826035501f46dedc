package dev.emcee.discord;

import dev.emcee.core.schedule.CurrentSchedule;
import dev.emcee.core.schedule.Room;
import dev.emcee.core.schedule.Schedule;
import dev.emcee.core.schedule.Speaker;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * Suggestions while someone types a slash-command option: room names for {@code /next room:}, speaker names for
 * {@code /who name:}, read from the schedule in service so a reload shows up at once.
 */
final class AutocompleteChoices {
    private final CurrentSchedule schedule;

    AutocompleteChoices(CurrentSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Up to 25 names for the option being typed: names starting with the typed text first, then names containing
     * it, each group in schedule order. Unknown options get no suggestions.
     */
    List<String> choices(String option, String typed) {
        Schedule current = schedule.get();
        Stream<String> names = switch (option) {
            case SlashCommands.ROOM -> current.rooms().stream().map(Room::name);
            case SlashCommands.NAME -> current.speakers().stream().map(Speaker::name);
            default -> Stream.empty();
        };
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return names
                .filter(name -> !name.isBlank() && name.length() <= OptionData.MAX_CHOICE_NAME_LENGTH)
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(needle))
                .distinct()
                .sorted(Comparator.comparing(name -> !name.toLowerCase(Locale.ROOT).startsWith(needle)))
                .limit(OptionData.MAX_CHOICES)
                .toList();
    }
}
