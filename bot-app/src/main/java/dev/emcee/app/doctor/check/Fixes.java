package dev.emcee.app.doctor.check;

/** Fixes that several checks give in the same words. */
public final class Fixes {
    private Fixes() {
    }

    /** The fix for an API that could not be reached: the network, not the token. */
    public static String unreachable(String url, String setting) {
        return "a network problem, not the token: check that this machine can reach " + url + " (DNS, firewall, "
                + "proxy), or correct " + setting + "; then run doctor again to check the token";
    }
}
