package dev.emcee.core.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For a platform's local fake: holds its answers to the next few requests it has carried out (a post accepted, a
 * message created) until released, as a platform that is slow to answer does, or one whose caller died meanwhile.
 */
public final class HeldAnswers {
    private static final long LONGEST_HOLD_SECONDS = 60;

    private final AtomicInteger toHold = new AtomicInteger();
    private final AtomicInteger heldNow = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    /** The answers to the next {@code n} requests carried out are held. */
    public void holdNext(int n) {
        toHold.set(n);
    }

    /** Called by the fake once it carried out a request: waits here, until released, when this answer is held. */
    public void holdIfAsked() {
        if (toHold.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
            return;
        }
        heldNow.incrementAndGet();
        try {
            released.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            heldNow.decrementAndGet();
        }
    }

    /** How many answers are held now. */
    public int heldNow() {
        return heldNow.get();
    }

    /** Lets every held answer, and every later one, go. */
    public void release() {
        released.countDown();
    }
}
