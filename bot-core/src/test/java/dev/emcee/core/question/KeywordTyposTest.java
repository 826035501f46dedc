package dev.emcee.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTyposTest {
    private final KeywordTypos typos = new KeywordTypos(Set.of("nexus", "shedule"));

    @Test
    void theCoreWordsArePutRight() {
        assertThat(typos.correct("wat s nxt")).isEqualTo("what s next");
        assertThat(typos.correct("what is on tomorow")).isEqualTo("what is on tomorrow");
        assertThat(typos.correct("todays agnda")).isEqualTo("today agenda");
        assertThat(typos.correct("wen is kyle speakng")).isEqualTo("when is kyle speaking");
    }

    @Test
    void wordsOfTheScheduleAndOrdinaryWordsStay() {
        assertThat(typos.correct("shedule")).as("a word of this schedule").isEqualTo("shedule");
        assertThat(typos.correct("anything on nexus")).isEqualTo("anything on nexus");
        assertThat(typos.correct("is there anything on coding")).isEqualTo("is there anything on coding");
        assertThat(typos.correct("talks about roots")).isEqualTo("talks about roots");
    }

    @Test
    void oneEditIsASubstitutionInsertionDeletionOrSwap() {
        assertThat(KeywordTypos.withinOneEdit("scedule", "schedule")).isTrue();
        assertThat(KeywordTypos.withinOneEdit("schedulle", "schedule")).isTrue();
        assertThat(KeywordTypos.withinOneEdit("shcedule", "schedule")).isTrue();
        assertThat(KeywordTypos.withinOneEdit("schedual", "schedule")).isFalse();
    }
}
