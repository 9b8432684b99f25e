package org.quickfreeze.run;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of a log event with its control characters made visible
 * ({@link VisibleText}): a message names files and cells of the inputs, and a line of the
 * log must stay one event. Stack traces are written apart, as they are.
 */
public class VisibleMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return VisibleText.of(super.convert(event));
    }

}
