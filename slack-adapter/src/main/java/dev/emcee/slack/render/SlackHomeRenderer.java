package dev.emcee.slack.render;

import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.emcee.core.HomePage;
import dev.emcee.core.answer.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a person's {@link HomePage} as Slack's App Home view ({@code type: home}): what's on now, what's next,
 * their agenda with its remove buttons, and help, each as its answer is rendered in a message, between dividers.
 *
 * <p>A home view holds at most {@value #MAX_BLOCKS} blocks; each part gets a share (the agenda the largest), so that a
 * long agenda or a busy hour never pushes help off the page.
 */
public final class SlackHomeRenderer {
    /** Slack's limit on the blocks of a home view. */
    static final int MAX_BLOCKS = 100;
    private static final int NOW_SHARE = 25;
    private static final int NEXT_SHARE = 25;
    private static final int AGENDA_SHARE = 32;
    private static final int HELP_SHARE = 15;

    private final SlackAnswerRenderer answers;

    /** @param answers how each part's answer is rendered (with bookmark buttons when agendas are on) */
    public SlackHomeRenderer(SlackAnswerRenderer answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** The home view of {@code page}. */
    public View render(HomePage page) {
        List<LayoutBlock> blocks = new ArrayList<>();
        add(blocks, page.onNow(), NOW_SHARE);
        add(blocks, page.upNext(), NEXT_SHARE);
        page.agenda().ifPresent(agenda -> add(blocks, agenda, AGENDA_SHARE));
        add(blocks, page.help(), HELP_SHARE);
        return View.builder().type("home").blocks(blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS))).build();
    }

    private void add(List<LayoutBlock> blocks, Answer answer, int share) {
        if (!blocks.isEmpty()) {
            blocks.add(DividerBlock.builder().build());
        }
        List<LayoutBlock> rendered = answers.render(answer).blocks();
        blocks.addAll(rendered.subList(0, Math.min(rendered.size(), share)));
    }
}
