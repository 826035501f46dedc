package dev.emcee.bench.chaos;

import dev.emcee.bench.chaos.ChaosPlan.Kill;
import dev.emcee.bench.chaos.ChaosPlan.Question;
import dev.emcee.bench.chaos.ChaosTally.Asked;
import dev.emcee.bench.chaos.ChaosTally.Killed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Plays a {@link ChaosPlan} on running instances: starts them, then, on the plan's clock, asks the questions,
 * kills (mid-post when the plan says so and a held post shows up within 20 s) and restarts, edits the schedule,
 * and finally waits until every announcement's grace has passed with every instance up.
 */
final class Chaos {
    private static final long MID_POST_WAIT_MS = 20_000;
    private static final long DRAIN_MS = 60_000;

    private final ChaosPlan plan;
    private final Observations seen;
    private final List<Instance> instances;
    private final SlackEvents slackEvents;
    private final DiscordStandIn discord;
    private final ChaosConference conference;
    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final List<Killed> killed = new CopyOnWriteArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chaos");
        t.setDaemon(true);
        return t;
    });
    private Random random;

    Chaos(ChaosPlan plan, Observations seen, List<Instance> instances, SlackStandIn slack, DiscordStandIn discord,
          ChaosConference conference) {
        this.plan = plan;
        this.seen = seen;
        this.instances = List.copyOf(instances);
        this.discord = discord;
        this.conference = conference;
        this.slackEvents = new SlackEvents(slack, this::readySlackUrls);
    }

    List<Asked> asked() {
        return List.copyOf(asked);
    }

    List<Killed> killed() {
        return List.copyOf(killed);
    }

    void play(long seed) throws Exception {
        random = new Random(seed ^ 0x5DEECE66DL);
        for (Instance instance : instances) {
            instance.start();
        }
        for (Instance instance : instances) {
            awaitReady(instance, -1_000);
        }
        log("both instances are ready");
        sleepUntil(0);
        Thread edits = thread(this::edit);
        Thread questions = thread(this::ask);
        kill();
        questions.join();
        edits.join();
        background.shutdown();
        background.awaitTermination(60, TimeUnit.SECONDS);
        for (Instance instance : instances) {
            awaitReady(instance, Long.MAX_VALUE);
        }
        long drainUntil = Math.max(ChaosRun.lastDueMs(plan) + DRAIN_MS, seen.elapsedMs() + 20_000);
        log("draining until t+" + drainUntil / 1000 + "s");
        sleepUntil(drainUntil);
    }

    private void edit() {
        sleepUntil(plan.editAtMs());
        try {
            conference.writeSchedule(plan.editedSessions());
            log("schedule edited: one session moved, one deleted, one added");
        } catch (IOException e) {
            throw new IllegalStateException("could not edit the schedule", e);
        }
    }

    private void ask() {
        for (Question question : plan.questions()) {
            sleepUntil(question.atMs());
            if (readySlackUrls().isEmpty()) {
                continue; // nobody is up: a question then is not counted (the run reports only delivered ones)
            }
            if (question.delivery() == ChaosPlan.Delivery.DISCORD) {
                if (discord.ask(question.number()) > 0) {
                    asked.add(new Asked(question.number(), seen.elapsedMs()));
                }
            } else {
                asked.add(new Asked(question.number(), seen.elapsedMs()));
                background.submit(() -> {
                    slackEvents.ask(question.number(), question.delivery());
                    return null;
                });
            }
        }
    }

    private void kill() throws InterruptedException, IOException {
        for (Kill kill : plan.kills()) {
            sleepUntil(kill.atMs());
            List<Instance> up = instances.stream().filter(Instance::ready).toList();
            if (up.size() < 2) {
                Instance other = instances.stream().filter(i -> !i.ready()).findFirst().orElseThrow();
                awaitReady(other, seen.elapsedMs() + 30_000);
            }
            Instance victim = kill.midPost() ? awaitHeldPost() : null;
            if (victim == null) {
                List<Instance> alive = instances.stream().filter(Instance::alive).toList();
                if (alive.isEmpty()) {
                    continue;
                }
                victim = alive.get(random.nextInt(alive.size()));
            }
            boolean midPost = seen.isHolding(victim.name());
            victim.kill();
            killed.add(new Killed(seen.elapsedMs(), midPost));
            log("killed " + victim.name() + (midPost ? " mid-post" : "") + "; restart in "
                    + kill.restartPauseMs() / 1000 + "s");
            Instance restarting = victim;
            background.submit(() -> {
                Thread.sleep(kill.restartPauseMs());
                restarting.start();
                return null;
            });
        }
    }

    /** An instance with a post held open, waiting for one at most {@link #MID_POST_WAIT_MS}; null if none came. */
    private Instance awaitHeldPost() throws InterruptedException {
        long until = seen.elapsedMs() + MID_POST_WAIT_MS;
        while (seen.elapsedMs() < until) {
            for (Instance instance : instances) {
                if (instance.alive() && seen.isHolding(instance.name())) {
                    return instance;
                }
            }
            Thread.sleep(50);
        }
        return null;
    }

    private List<String> readySlackUrls() {
        List<String> urls = new ArrayList<>(instances.stream().filter(Instance::ready)
                .map(Instance::slackEventsUrl).toList());
        synchronized (this) {
            Collections.shuffle(urls, random);
        }
        return urls;
    }

    /** Waits until the instance answers {@code /readyz} and holds a gateway session, or the moment passes. */
    private void awaitReady(Instance instance, long untilMs) throws InterruptedException {
        while (!(instance.ready() && discord.connected(instance.name()))) {
            if (!instance.alive() && untilMs == Long.MAX_VALUE) {
                throw new IllegalStateException("instance " + instance.name() + " exited: see its log");
            }
            if (seen.elapsedMs() > untilMs) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private void sleepUntil(long atMs) {
        long wait = atMs - seen.elapsedMs();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Thread thread(Runnable body) {
        Thread thread = new Thread(body, "chaos-plan");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void log(String message) {
        System.err.printf("chaos: t+%.1fs %s%n", seen.elapsedMs() / 1000.0, message);
    }
}
