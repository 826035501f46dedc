package dev.emcee.sources.read;

import dev.emcee.core.faq.Faq;
import java.util.List;

/** An FAQ file that loaded, with the warnings found in it. */
public record LoadedFaq(Faq faq, List<Problem> warnings) {
    public LoadedFaq {
        warnings = List.copyOf(warnings);
    }
}
