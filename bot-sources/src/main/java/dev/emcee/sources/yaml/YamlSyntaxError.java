package dev.emcee.sources.yaml;

import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in words for people: for a construct left open (a '[' list, a '{' mapping, a quoted text), the
 * line where it opened and what closes it, rather than only the later line where the parser gave up.
 *
 * @param line the line to report (1-based): where the unclosed construct opened, else where the problem is
 */
record YamlSyntaxError(int line, String message) {

    static YamlSyntaxError of(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String parser = e.getProblem() == null ? "" : e.getProblem().strip();
        int problemLine = problem == null ? 0 : problem.getLine() + 1;
        String where = problem == null ? "" : "line " + problemLine + ", column " + (problem.getColumn() + 1);
        String what = e.getContext() == null ? "" : e.getContext();
        if (context != null && (what.contains("flow sequence") || what.contains("flow mapping")
                || what.contains("quoted scalar"))) {
            int opened = context.getLine() + 1;
            String opener = charAt(context);
            String closer = switch (opener) {
                case "[" -> "]";
                case "{" -> "}";
                default -> opener;
            };
            String kind = what.contains("sequence") ? "the list" : what.contains("mapping") ? "the mapping"
                    : "the quoted text";
            String stop = parser.contains("end of stream") ? "the file ends without it"
                    : "still open at " + where;
            return new YamlSyntaxError(opened, "not valid YAML: " + kind + " opened with '" + opener + "' on line "
                    + opened + ", column " + (context.getColumn() + 1) + " is not closed with '" + closer + "' ("
                    + stop + ")");
        }
        if (context != null && what.contains("block")) {
            return new YamlSyntaxError(problemLine, "not valid YAML: " + where + " is not indented like the "
                    + (what.contains("collection") ? "list" : "mapping") + " that starts on line "
                    + (context.getLine() + 1) + " (column " + (context.getColumn() + 1) + "): indent it as its "
                    + "neighbours, with spaces");
        }
        if (parser.toLowerCase(Locale.ROOT).contains("mapping values are not allowed")) {
            return new YamlSyntaxError(problemLine, "not valid YAML: a ':' at " + where + " inside a value; put "
                    + "the value in quotes");
        }
        return new YamlSyntaxError(problemLine, "not valid YAML: " + (what.isEmpty() ? "" : what + ": ") + parser
                + (where.isEmpty() ? "" : " (" + where + ")"));
    }

    private static String charAt(Mark mark) {
        int[] buffer = mark.getBuffer();
        int at = mark.getPointer();
        return buffer != null && at >= 0 && at < buffer.length ? Character.toString(buffer[at]) : "?";
    }
}
