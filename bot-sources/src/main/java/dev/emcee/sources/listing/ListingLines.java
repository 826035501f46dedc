package dev.emcee.sources.listing;

import java.util.regex.Pattern;

/** The line shapes of an O'Reilly conference listing copied as plain text. */
final class ListingLines {
    private static final String CLOCK = "(\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?)";
    private static final String DASH = "\\s*[–—‒-]\\s*";

    /** "11:25am–12:05pm Thursday, June 14, 2018". */
    static final Pattern TIME = Pattern.compile("(?i)^" + CLOCK + DASH + CLOCK + "\\s+([a-z]+day),?\\s+"
            + "([a-z]+\\s+\\d{1,2},\\s*\\d{4})$");
    /** "Location: LL21 A/B Level: Beginner". */
    static final Pattern LOCATION = Pattern.compile("(?i)^Location:\\s*(.*?)(?:\\s+Level:\\s*(.+))?$");
    /** "Level: Intermediate". */
    static final Pattern LEVEL = Pattern.compile("(?i)^Level:\\s*(.+)$");
    /** "Secondary topics: Distributed State". */
    static final Pattern TOPICS = Pattern.compile("(?i)^(?:Primary topic|Secondary topics?|Topics?):\\s*(.*)$");
    /** "Average rating: ****." (the score follows on its own line or the same one). */
    static final Pattern RATING = Pattern.compile("(?i)^Average rating:\\s*[*.☆★\\s]*(.*)$");
    /** "(4.33, 6 ratings)". */
    static final Pattern SCORE = Pattern.compile("(?i)^\\(?\\s*(\\d+(?:\\.\\d+)?),\\s*(\\d+)\\s+ratings?\\s*\\)?$");
    /** "Name (Company)", several joined by ", ". */
    static final Pattern PERSON = Pattern.compile("([^(),]+?)\\s*\\(([^()]+)\\)");
    static final Pattern PEOPLE = Pattern.compile("^" + PERSON.pattern() + "(?:\\s*,\\s*" + PERSON.pattern() + ")*$");
    /**
     * A host line that runs the name and affiliation straight into the bio, as the page's text does when copied:
     * "Emily Shea (Fastly)Emily Shea (Fastly) is a Senior...": the person, then the bio.
     */
    static final Pattern PERSON_THEN_BIO = Pattern.compile("^" + PERSON.pattern() + "(\\S.*)$");
    /** A bio that opens with its person's own "Name (Company)": "Emily Shea (Fastly) is a Senior...". */
    static final Pattern PERSON_OPENING_BIO = Pattern.compile("^" + PERSON.pattern() + "\\s+\\S.*$");
    /**
     * The presenters an abstract names when a session has no speaker line: "Christian Grabowski shares his
     * experience", "Manish Mehta and Torin Sandall lead a deep dive". Two or three capitalized words per name, then
     * a verb of presenting.
     */
    static final Pattern PRESENTERS = Pattern.compile("(?<![\\p{L}.])(" + Names.NAME + "(?:(?:,\\s*|,?\\s+and\\s+)"
            + Names.NAME + ")*)\\s+(?:shares|share|offers|offer|presents|present|explains|explain|discusses|discuss|"
            + "demonstrates|demonstrate|walks|walk|leads|lead|shows|show|covers|cover|outlines|outline|explores|explore"
            + "|describes|describe|introduces|introduce|details|detail|examines|examine|reviews|review)\\b");
    /** "June 11–12, 2018: Training" or "June 12–14, 2018: Tutorials & Conference". */
    static final Pattern DATES = Pattern.compile("(?i)^([a-z]+)\\s+(\\d{1,2})(?:" + DASH
            + "(?:([a-z]+)\\s+)?(\\d{1,2}))?,\\s*(\\d{4})\\s*:\\s*(.+)$");
    /** "Distributed Systems sessions". */
    static final Pattern TRACK = Pattern.compile("(?i)^(.+?)\\s+sessions$");
    /** "Track host" / "Track hosts". */
    static final Pattern HOSTS = Pattern.compile("(?i)^Track hosts?:?$");
    /** The end of an abstract on the page. */
    static final Pattern READ_MORE = Pattern.compile("(?i)\\s*Read more\\.?$");
    /** Page furniture that carries no schedule data. */
    static final Pattern FURNITURE = Pattern.compile("(?i)^(Add to your personal schedule|Add to My Schedule|"
            + "Remove from your personal schedule|Read more\\.?)$");

    private ListingLines() {
    }

    /** The shape of a person's name in running text. */
    private static final class Names {
        static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
        /** Not the opening words of a sentence about a session ("The Netflix team shows"). */
        static final String NOT_A_NAME = "(?!(?:The|This|That|These|Those|Our|Their|In|At|Join|While|However|Here)\\s)";
        static final String NAME = NOT_A_NAME + WORD + "(?:\\s+" + WORD + "){1,2}";
    }
}
