package dev.emcee.scheduler;

import dev.emcee.core.answer.SessionCard;
import dev.emcee.core.notice.DeliveryKey;
import dev.emcee.core.notice.Notice;
import dev.emcee.core.notice.Outbound;
import dev.emcee.core.notice.ScheduleChanged;
import dev.emcee.core.notice.SessionsStarting;
import dev.emcee.core.platform.Platform;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sink that records what it is asked to post; it can fail or hang its first posts (before or after the post "reached
 * the platform"), to test retries and crashes, and it can look for an earlier post with the same key before posting
 * again, as Slack's port does.
 */
final class RecordingSink implements Outbound {
    /** One post: who posted it, where, what. */
    record Post(String instance, String channel, Notice notice, DeliveryKey key) {
    }

    private final Platform platform;
    private final String instance;
    private final List<Post> posts;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger toFail = new AtomicInteger();
    private final AtomicInteger toHang = new AtomicInteger();
    private final AtomicInteger toStall = new AtomicInteger();
    private final List<DeliveryKey> keysAsked = new CopyOnWriteArrayList<>();
    private volatile boolean lookingBack;
    private final List<CompletableFuture<Void>> hung = new CopyOnWriteArrayList<>();
    private final List<Thread> hungThreads = new CopyOnWriteArrayList<>();

    RecordingSink(Platform platform, String instance, List<Post> shared) {
        this.platform = platform;
        this.instance = instance;
        this.posts = shared;
    }

    static RecordingSink console() {
        return new RecordingSink(Platform.CONSOLE, "one", new CopyOnWriteArrayList<>());
    }

    /** The next {@code n} posts fail. */
    RecordingSink failing(int n) {
        toFail.set(n);
        return this;
    }

    /** The next {@code n} posts never complete (the process "crashes" while posting). */
    RecordingSink hanging(int n) {
        toHang.set(n);
        return this;
    }

    /** The next {@code n} posts reach the platform, then never complete (the process "crashes" before it hears so). */
    RecordingSink stallingAfterPosting(int n) {
        toStall.set(n);
        return this;
    }

    /**
     * A post whose key says an earlier attempt may have posted it is not posted again when a post with that key is
     * there already (in the posts shared with other instances' sinks).
     */
    RecordingSink lookingBack() {
        lookingBack = true;
        return this;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public CompletableFuture<Void> post(String channelId, Notice notice, DeliveryKey key) {
        attempts.incrementAndGet();
        keysAsked.add(key);
        if (lookingBack && key.earlierAttemptSince().isPresent()
                && posts.stream().anyMatch(p -> p.key().value().equals(key.value()))) {
            return CompletableFuture.completedFuture(null);
        }
        if (toHang.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            CompletableFuture<Void> never = new CompletableFuture<>();
            hung.add(never);
            hungThreads.add(Thread.currentThread());
            return never;
        }
        if (toFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return CompletableFuture.failedFuture(new IllegalStateException("the platform said no"));
        }
        posts.add(new Post(instance, channelId, notice, key));
        if (toStall.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            CompletableFuture<Void> never = new CompletableFuture<>();
            hung.add(never);
            hungThreads.add(Thread.currentThread());
            return never;
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Announcement tests send no direct messages; one here is a mistake in the test. */
    @Override
    public CompletableFuture<Void> send(String userId, Notice notice, DeliveryKey key) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("a channel recorder sends no DMs"));
    }

    /**
     * Ends the posts left hanging with this failure, and waits for the threads that were waiting on them to end:
     * what is left of a "crashed" instance finishes now, inside the test that crashed it.
     */
    void failHungPosts(Throwable failure) throws InterruptedException {
        hung.forEach(post -> post.completeExceptionally(failure));
        for (Thread waiting : hungThreads) {
            waiting.join(10_000);
            if (waiting.isAlive()) {
                throw new AssertionError(waiting.getName() + " still runs 10 s after its post failed");
            }
        }
    }

    /** The key of every post asked for, in order, the failed and hung ones included. */
    List<DeliveryKey> keysAsked() {
        return List.copyOf(keysAsked);
    }

    int attempts() {
        return attempts.get();
    }

    List<Post> posts() {
        return List.copyOf(posts);
    }

    /** The announcements posted (not change notices). */
    List<SessionsStarting> announcements() {
        return posts.stream().map(Post::notice).filter(SessionsStarting.class::isInstance)
                .map(SessionsStarting.class::cast).toList();
    }

    /** The ids of every announced session, once per time it was announced. */
    List<String> announcedIds() {
        return announcements().stream().flatMap(a -> a.sessions().stream()).map(SessionCard::id).toList();
    }

    List<ScheduleChanged> changeNotices() {
        return posts.stream().map(Post::notice).filter(ScheduleChanged.class::isInstance)
                .map(ScheduleChanged.class::cast).toList();
    }
}
