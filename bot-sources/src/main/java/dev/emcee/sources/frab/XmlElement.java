package dev.emcee.sources.frab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed XML document, with its line, attributes, own text and children.
 *
 * <p>Lookups only look at direct children, which is what keeps a {@code <title>} nested in {@code <links>} from
 * being taken for the event's title.
 */
record XmlElement(String name, int line, Map<String, String> attributes, String text, List<XmlElement> children) {

    /** The first direct child with this name. */
    Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** Every direct child with this name, in document order. */
    List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The stripped text of a direct child, empty when the child is missing or blank. */
    Optional<String> text(String childName) {
        return child(childName).map(XmlElement::text).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** An attribute's stripped value, empty when missing or blank. */
    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName)).map(String::strip).filter(t -> !t.isEmpty());
    }
}
