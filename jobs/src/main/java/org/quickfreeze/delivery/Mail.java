package org.quickfreeze.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * One mail as its readers get it: plain text, in the language of the report it describes,
 * with the outputs it attaches byte for byte.
 *
 * @param kind which mail of the run it is, for the record of who has it
 */
public record Mail(Kind kind, String subject, String body, List<Path> attachments) {

    public Mail {
        // a run without a party: "[Quickfreeze] …", not "[Quickfreeze ] …"
        subject = subject.replace(" ]", "]");
    }

    public enum Kind {

        MONTHLY, WEEKLY, FAILURE

    }

}
