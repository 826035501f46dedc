package dev.emcee.discord.fake;

import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST request the fake Discord received. */
public record RecordedRequest(String method, String path, String query, String body) {

    /** The body as a JSON object (empty object when there is no body). */
    public DataObject json() {
        return body.isBlank() ? DataObject.empty() : DataObject.fromJson(body);
    }

    /** Whether this is {@code method} on a path matching {@code pathRegex} (relative to /api/v10/). */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " " + body;
    }
}
