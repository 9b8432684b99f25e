package org.quickfreeze.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for the application in a jar that the launcher script starts: prints the
 * options its JVM was started with, one per line, and the collector in use.
 */
public final class JvmOptionsProbe {

    private JvmOptionsProbe() {
    }

    public static void main(String[] args) {
        ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
        ManagementFactory.getGarbageCollectorMXBeans()
            .forEach(collector -> System.out.println("collector: " + collector.getName()));
    }

}
