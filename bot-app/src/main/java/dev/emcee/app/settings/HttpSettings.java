package dev.emcee.app.settings;

/** Emcee's HTTP port (health, metrics, Slack's HTTP mode). @param port none: no HTTP server unless needed */
public record HttpSettings(Integer port) {
    public HttpSettings {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new SettingsException("http.port must be from 0 to 65535, not " + port);
        }
    }
}
