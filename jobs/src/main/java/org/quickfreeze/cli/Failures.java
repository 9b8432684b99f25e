package org.quickfreeze.cli;

/** Turns an exception into the one sentence a person reads. */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
