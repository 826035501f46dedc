package dev.emcee.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.emcee.core.Inquiry;
import dev.emcee.core.platform.Platform;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.junit.jupiter.api.Test;

/** Discord events in, neutral inquiries out: which messages are questions, and what they ask. */
class DiscordInquiriesTest {
    private static final String SELF_ID = "100";
    private static final String PERSON_ID = "400";

    private final DiscordInquiries inquiries = new DiscordInquiries("!emcee");

    @Test
    void aPrefixedGuildMessageIsAQuestionWithoutThePrefix() {
        assertThat(inquiries.fromMessage(guildMessage("!emcee what's next in LL21 A/B")))
                .contains(new Inquiry(Platform.DISCORD, PERSON_ID, "what's next in LL21 A/B"));
    }

    @Test
    void thePrefixIgnoresCaseAndAcceptsAComma() {
        assertThat(inquiries.fromMessage(guildMessage("!Emcee, who is Sean Allen")))
                .map(Inquiry::text).contains("who is Sean Allen");
    }

    @Test
    void aWordThatOnlyStartsLikeThePrefixIsNotAQuestion() {
        assertThat(inquiries.fromMessage(guildMessage("!emceeing is fun"))).isEmpty();
    }

    @Test
    void aMentionAnywhereIsAQuestionWithoutTheMention() {
        assertThat(inquiries.fromMessage(guildMessage("<@" + SELF_ID + "> who is   Sean Allen")))
                .map(Inquiry::text).contains("who is Sean Allen");
        assertThat(inquiries.fromMessage(guildMessage("hey <@!" + SELF_ID + "> what's on now")))
                .map(Inquiry::text).contains("hey what's on now");
    }

    @Test
    void aMentionOfEmceesIntegrationRoleIsAQuestion() {
        MessageReceivedEvent event = guildMessage("<@&700> who is Sean Allen");
        Guild guild = mock(Guild.class);
        Role botRole = mock(Role.class);
        when(botRole.getId()).thenReturn("700");
        when(guild.getBotRole()).thenReturn(botRole);
        when(event.isFromGuild()).thenReturn(true);
        when(event.getGuild()).thenReturn(guild);

        assertThat(inquiries.fromMessage(event)).map(Inquiry::text).contains("who is Sean Allen");
        assertThat(inquiries.fromMessage(guildMessage("<@&701> who is Sean Allen"))).isEmpty();
    }

    @Test
    void aMentionOfSomeoneElseIsNotAQuestion() {
        assertThat(inquiries.fromMessage(guildMessage("<@999> what's next"))).isEmpty();
    }

    @Test
    void ordinaryGuildChatIsNotAQuestion() {
        assertThat(inquiries.fromMessage(guildMessage("what's next?"))).isEmpty();
    }

    @Test
    void everyDirectMessageIsAQuestion() {
        MessageReceivedEvent dm = message(ChannelType.PRIVATE, "what's next", false, MessageType.DEFAULT);
        assertThat(inquiries.fromMessage(dm)).map(Inquiry::text).contains("what's next");
        MessageReceivedEvent prefixedDm = message(ChannelType.PRIVATE, "!emcee now", false, MessageType.DEFAULT);
        assertThat(inquiries.fromMessage(prefixedDm)).map(Inquiry::text).contains("now");
    }

    @Test
    void botsIncludingEmceeAreIgnored() {
        assertThat(inquiries.fromMessage(message(ChannelType.TEXT, "!emcee what's next", true, MessageType.DEFAULT)))
                .isEmpty();
        assertThat(inquiries.fromMessage(message(ChannelType.PRIVATE, "what's next", true, MessageType.DEFAULT)))
                .isEmpty();
    }

    @Test
    void webhooksAndSystemMessagesAreIgnored() {
        MessageReceivedEvent webhook = guildMessage("!emcee what's next");
        when(webhook.isWebhookMessage()).thenReturn(true);
        assertThat(inquiries.fromMessage(webhook)).isEmpty();
        assertThat(inquiries.fromMessage(message(ChannelType.TEXT, "!emcee x", false, MessageType.CHANNEL_PINNED_ADD)))
                .isEmpty();
    }

    @Test
    void aReplyToAMessageCountsLikeAnyMessage() {
        assertThat(inquiries.fromMessage(message(ChannelType.TEXT, "!emcee now", false, MessageType.INLINE_REPLY)))
                .map(Inquiry::text).contains("now");
    }

    @Test
    void aConfiguredPrefixReplacesTheDefault() {
        DiscordInquiries custom = new DiscordInquiries("?ask");
        assertThat(custom.fromMessage(guildMessage("?ask what's next"))).map(Inquiry::text).contains("what's next");
        assertThat(custom.fromMessage(guildMessage("!emcee what's next"))).isEmpty();
    }

    @Test
    void slashCommandsBecomeTheQuestionsTheyStandFor() {
        assertThat(inquiries.fromSlashCommand(slash("emcee", "question", " who is Emily Shea ")))
                .contains(new Inquiry(Platform.DISCORD, PERSON_ID, "who is Emily Shea"));
        assertThat(inquiries.fromSlashCommand(slash("next", "room", "LL21 A/B")))
                .map(Inquiry::text).contains("what's next in LL21 A/B");
        assertThat(inquiries.fromSlashCommand(slash("next", null, null))).map(Inquiry::text).contains("what's next");
        assertThat(inquiries.fromSlashCommand(slash("now", null, null))).map(Inquiry::text).contains("what's on now");
        assertThat(inquiries.fromSlashCommand(slash("who", "name", "Sean Allen")))
                .map(Inquiry::text).contains("who is Sean Allen");
    }

    @Test
    void anUnknownOrIncompleteSlashCommandAsksNothing() {
        assertThat(inquiries.fromSlashCommand(slash("dance", null, null))).isEmpty();
        assertThat(inquiries.fromSlashCommand(slash("who", null, null))).isEmpty();
        assertThat(inquiries.fromSlashCommand(slash("emcee", "question", "   "))).isEmpty();
    }

    private static MessageReceivedEvent guildMessage(String content) {
        return message(ChannelType.TEXT, content, false, MessageType.DEFAULT);
    }

    private static MessageReceivedEvent message(ChannelType channel, String content, boolean bot, MessageType type) {
        MessageReceivedEvent event = mock(MessageReceivedEvent.class);
        User author = mock(User.class);
        when(author.getId()).thenReturn(bot ? SELF_ID : PERSON_ID);
        when(author.isBot()).thenReturn(bot);
        Message message = mock(Message.class);
        when(message.getContentRaw()).thenReturn(content);
        when(message.getType()).thenReturn(type);
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(self.getId()).thenReturn(SELF_ID);
        when(jda.getSelfUser()).thenReturn(self);
        when(event.getAuthor()).thenReturn(author);
        when(event.getMessage()).thenReturn(message);
        when(event.getChannelType()).thenReturn(channel);
        when(event.getJDA()).thenReturn(jda);
        return event;
    }

    private static SlashCommandInteractionEvent slash(String name, String option, String value) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        User user = mock(User.class);
        when(user.getId()).thenReturn(PERSON_ID);
        when(event.getUser()).thenReturn(user);
        when(event.getName()).thenReturn(name);
        if (option != null) {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getOption(option)).thenReturn(mapping);
        }
        return event;
    }
}
