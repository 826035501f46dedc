package dev.emcee.app.settings;

/** A setting is wrong; the message names the setting and says how to fix it, for the operator. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
